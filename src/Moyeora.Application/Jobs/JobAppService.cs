using Microsoft.Extensions.Options;
using Moyeora.Auditing;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.Permissions;

namespace Moyeora.Jobs;

public sealed class JobAppService(
    MaintenanceJobRunner runner,
    IJobScheduler scheduler,
    IJobRecordRepository records,
    IPermissionChecker permissions,
    IAuditTrail audit,
    IUnitOfWork unitOfWork,
    IOptions<JobOptions> options) : IJobAppService
{
    public async Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.JobsManage, cancellationToken);
        var recorded = (await records.GetAllAsync(cancellationToken)).ToDictionary(r => r.Name, StringComparer.Ordinal);
        var list = new List<JobDto>();
        foreach (var job in runner.Jobs.OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            var record = recorded.GetValueOrDefault(job.Name);
            list.Add(new JobDto
            {
                Name = job.Name,
                Description = job.Description,
                Schedule = options.Value.ScheduleOf(job.Name),
                NextRunTime = await scheduler.GetNextRunTimeAsync(job.Name, cancellationToken),
                LastStartTime = record?.LastStartTime,
                LastDurationMilliseconds = record?.LastDurationMilliseconds ?? 0,
                LastSucceeded = record?.LastSucceeded,
                LastCounts = record?.LastCounts,
                LastError = record?.LastError,
                LastSuccessTime = record?.LastSuccessTime,
                ConsecutiveFailures = record?.ConsecutiveFailures ?? 0,
                RunCount = record?.RunCount ?? 0,
                FailureCount = record?.FailureCount ?? 0,
            });
        }

        return list;
    }

    public async Task TriggerAsync(string name, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.JobsManage, cancellationToken);
        runner.Get(name ?? string.Empty);
        // Recorded before the run is queued: a trigger that reached the scheduler is never missing from the audit log.
        await audit.RecordAsync(AuditActions.JobTrigger, AuditTargetTypes.Job, name!, null);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await scheduler.TriggerAsync(name!, cancellationToken);
    }
}
