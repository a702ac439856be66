using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moyeora.Domain;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Jobs;

/// <summary>Ends recruiting or confirmed meetups whose end time has passed; their chat becomes read-only.</summary>
public sealed class EndMeetupsJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock)
    : MaintenanceJob(scopes, options, clock)
{
    public override string Name => JobNames.EndMeetups;

    public override string Description => "끝난 시간이 지난 모임을 종료합니다 (채팅은 읽기 전용).";

    public override Task RunAsync(JobCounts counts, CancellationToken cancellationToken) =>
        ChangeMeetupsAsync(counts, "ended",
            (meetups, now, size) => meetups.GetDueToEndAsync(now, size, cancellationToken),
            (meetup, now) => meetup.End(now) ? 1 : 0, cancellationToken);
}

/// <summary>Erases ended or cancelled meetups 30 days after their end time, with everything they own.</summary>
public sealed class EraseEndedMeetupsJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock)
    : MaintenanceJob(scopes, options, clock)
{
    public override string Name => JobNames.EraseEndedMeetups;

    public override string Description => "종료·취소 후 30일이 지난 모임을 채팅·멤버·초대와 함께 삭제합니다.";

    public override async Task RunAsync(JobCounts counts, CancellationToken cancellationToken)
    {
        var cutoff = Now - JobConsts.EndedMeetupRetention;
        counts.Add("erased", await InBatchesAsync((services, size) =>
            services.GetRequiredService<IMeetupRepository>().EraseOverBeforeAsync(cutoff, size, cancellationToken), counts, cancellationToken));
    }
}

/// <summary>Forgets live positions not refreshed for 10 minutes (searches already ignore them; this frees the memory).</summary>
public sealed class ExpirePositionsJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock, IGeoStore positions)
    : MaintenanceJob(scopes, options, clock)
{
    public override string Name => JobNames.ExpirePositions;

    public override string Description => "10분 동안 갱신되지 않은 위치를 지웁니다.";

    public override async Task RunAsync(JobCounts counts, CancellationToken cancellationToken) =>
        counts.Add("expired", await positions.RemoveStaleAsync(Now - LocationPrivacy.PositionLifetime, cancellationToken));
}

/// <summary>Purges verification codes a day after they were sent and refresh tokens once they expire.</summary>
public sealed class PurgeExpiredCredentialsJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock)
    : MaintenanceJob(scopes, options, clock)
{
    public override string Name => JobNames.PurgeExpiredCredentials;

    public override string Description => "만료된 인증 코드와 리프레시 토큰을 삭제합니다.";

    public override async Task RunAsync(JobCounts counts, CancellationToken cancellationToken)
    {
        var now = Now;
        counts.Add("verificationCodes", await InBatchesAsync((services, size) =>
            services.GetRequiredService<IVerificationCodeRepository>().DeleteCreatedBeforeAsync(now - VerificationConsts.Retention, size, cancellationToken),
            counts, cancellationToken));
        counts.Add("refreshTokens", await InBatchesAsync((services, size) =>
            services.GetRequiredService<IRefreshTokenRepository>().DeleteExpiredAsync(now, size, cancellationToken),
            counts, cancellationToken));
    }
}

/// <summary>
/// Erases accounts deactivated more than 30 days ago (the restore window) with everything they own: they
/// leave open meetups first (a host hands over), their chat messages stay as from a deleted user.
/// </summary>
public sealed class EraseDeactivatedAccountsJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock)
    : MaintenanceJob(scopes, options, clock)
{
    public override string Name => JobNames.EraseDeactivatedAccounts;

    public override string Description => "탈퇴 후 30일이 지난 계정과 그 데이터를 삭제합니다 (채팅은 '탈퇴한 사용자'로 남음).";

    public override async Task RunAsync(JobCounts counts, CancellationToken cancellationToken) =>
        counts.Add("erased", await InBatchesAsync(async (services, size) =>
        {
            var users = services.GetRequiredService<IUserRepository>();
            var meetups = services.GetRequiredService<IMeetupRepository>();
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var ids = await users.GetDeactivatedBeforeAsync(Now - UserConsts.RestoreWindow, size, cancellationToken);
            foreach (var id in ids)
            {
                await unitOfWork.RetryOnConflictAsync(async () =>
                {
                    foreach (var meetup in await meetups.GetOpenForMemberAsync(id, cancellationToken))
                    {
                        meetup.RemoveErasedMember(id, Now);
                    }

                    await unitOfWork.SaveChangesAsync(cancellationToken);
                });
                await users.EraseAsync(id, cancellationToken);
            }

            return ids.Count;
        }, counts, cancellationToken));
}

/// <summary>Tells every member of a meetup starting within the hour that it starts soon, once per member.</summary>
public sealed class MeetupRemindersJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock)
    : MaintenanceJob(scopes, options, clock)
{
    public override string Name => JobNames.MeetupReminders;

    public override string Description => "1시간 안에 시작하는 모임의 멤버에게 한 번씩 알림을 보냅니다.";

    public override Task RunAsync(JobCounts counts, CancellationToken cancellationToken) =>
        ChangeMeetupsAsync(counts, "reminded",
            (meetups, now, size) => meetups.GetDueForReminderAsync(now, now + JobConsts.ReminderLeadTime, size, cancellationToken),
            (meetup, now) => meetup.RemindStartingSoon(now, JobConsts.ReminderLeadTime), cancellationToken);
}

/// <summary>Marks pending invitations of started meetups as expired.</summary>
public sealed class ExpireInvitationsJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock)
    : MaintenanceJob(scopes, options, clock)
{
    public override string Name => JobNames.ExpireInvitations;

    public override string Description => "시작한 모임의 대기 중인 초대를 만료 처리합니다.";

    public override Task RunAsync(JobCounts counts, CancellationToken cancellationToken) =>
        ChangeMeetupsAsync(counts, "expired",
            (meetups, now, size) => meetups.GetStartedWithPendingInvitationsAsync(now, size, cancellationToken),
            (meetup, now) => meetup.ExpireInvitations(now), cancellationToken);
}
