using System.Net;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Auditing;
using Moyeora.ClientProxies;
using Moyeora.Dtos;
using Moyeora.Hosting;
using Moyeora.Outbound;
using Moyeora.Permissions;
using Moyeora.Security;
using Moyeora.Users;

namespace Moyeora.HttpApi.Tests;

/// <summary>The audit log, its CSV export, the security log and the failed deliveries over REST, through the generated proxies.</summary>
public sealed class AuditAndSecurityLogHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    [Fact]
    public async Task A_Lock_Over_Rest_Is_Audited_And_Exported_And_The_Security_Log_Shows_The_Person()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, _, _, tokens) = await factory.SignUpAsync(admin);

        await admin.UserAdministration.LockAsync(tokens.UserId, new LockUserDto { Days = 2, Reason = "=HYPERLINK(\"x\") 스팸" });

        var entries = await admin.AuditLogs.GetListAsync(new GetAuditLogsDto { TargetType = AuditTargetTypes.User, TargetId = tokens.UserId.ToString() });
        var entry = entries.Items.ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditActions.UserLock);
        entry.ActorId.ShouldBe((await admin.Profile.GetAsync()).Id);
        entry.ActorNickname.ShouldNotBeNullOrEmpty();
        entry.Reason.ShouldBe("=HYPERLINK(\"x\") 스팸");
        var lockedUntil = entry.Changes.Single(c => c.Field == "lockedUntil");
        lockedUntil.Before.ShouldBeNull();
        lockedUntil.After.ShouldNotBeNull();

        var csv = await admin.AuditLogs.ExportCsvAsync(new ExportAuditLogsDto { TargetId = tokens.UserId.ToString() });
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(',', AuditLogCsv.Header));
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain("\"'=HYPERLINK(\"\"x\"\") 스팸\"", Case.Sensitive, "the reason is quoted and cannot run as a formula");

        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", admin.AccessToken);
        using var file = await http.GetAsync("api/app/admin/audit-logs/csv?targetId=" + tokens.UserId);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        file.Content.Headers.ContentDisposition!.FileName.ShouldBe("audit-log.csv");
        (await file.Content.ReadAsByteArrayAsync())[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });

        var security = await admin.SecurityLogs.GetListAsync(new GetSecurityLogsDto { UserId = tokens.UserId });
        security.Items.Select(e => e.Kind).ShouldBe(
            [SecurityLogKind.SessionsEnded, SecurityLogKind.Locked, SecurityLogKind.SignedUp], ignoreOrder: true);
        security.Items.ShouldAllBe(e => e.UserNickname != null);
        (await admin.SecurityLogs.GetListAsync(new GetSecurityLogsDto { UserId = tokens.UserId, Kind = SecurityLogKind.Locked })).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_Moderator_And_A_Member_Are_Refused_The_Logs_And_The_Failed_Deliveries()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (moderator, phone, password, tokens) = await factory.SignUpAsync(admin);
        await admin.Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = tokens.UserId, RoleName = MoyeoraRoles.Moderator });
        await moderator.SignInAsync(phone, password);
        var (member, _, _, _) = await factory.SignUpAsync(admin);
        var anonymous = factory.CreateApiClient();

        foreach (var (client, status) in new[] { (moderator, HttpStatusCode.Forbidden), (member, HttpStatusCode.Forbidden), (anonymous, HttpStatusCode.Unauthorized) })
        {
            (await Should.ThrowAsync<MoyeoraApiException>(() => client.AuditLogs.GetListAsync(new GetAuditLogsDto()))).StatusCode.ShouldBe(status);
            (await Should.ThrowAsync<MoyeoraApiException>(() => client.AuditLogs.ExportCsvAsync(new ExportAuditLogsDto()))).StatusCode.ShouldBe(status);
            (await Should.ThrowAsync<MoyeoraApiException>(() => client.SecurityLogs.GetListAsync(new GetSecurityLogsDto()))).StatusCode.ShouldBe(status);
            (await Should.ThrowAsync<MoyeoraApiException>(() => client.Outbox.GetFailedAsync(new PagedRequestDto()))).StatusCode.ShouldBe(status);
        }

        // The role assignment above is itself audited.
        (await admin.AuditLogs.GetListAsync(new GetAuditLogsDto { Action = AuditActions.RoleAddUser, TargetId = tokens.UserId.ToString() }))
            .Items.ShouldHaveSingleItem().Changes.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                c => c.Field.ShouldBe("role:" + MoyeoraRoles.Moderator), c => c.Before.ShouldBe("false"), c => c.After.ShouldBe("true"));

        var backwards = await Should.ThrowAsync<MoyeoraApiException>(() => admin.AuditLogs.GetListAsync(new GetAuditLogsDto
        {
            From = DateTimeOffset.UtcNow, To = DateTimeOffset.UtcNow.AddDays(-1),
        }));
        (backwards.StatusCode, backwards.Code).ShouldBe((HttpStatusCode.BadRequest, MoyeoraErrorCodes.ValidationFailed));
    }

    [Fact]
    public async Task A_Delivery_Hangfire_Gave_Up_On_Is_Listed_As_Failed()
    {
        var admin = await factory.CreateAdminClientAsync();
        var recipient = Guid.NewGuid().ToString("D");
        // A real failed OutboundDelivery job in the host's own job storage (as after its last retry).
        var client = factory.Services.GetRequiredService<IBackgroundJobClient>();
        var id = client.Create(Job.FromExpression<OutboundDelivery>(d => d.SendAsync(OutboundChannel.Push, recipient, "모임이 확정되었어요", null, CancellationToken.None)),
            new FailedState(new InvalidOperationException("The Push gateway answered 503.")));

        var failed = await admin.Outbox.GetFailedAsync(new PagedRequestDto { MaxResultCount = 100 });
        var delivery = failed.Items.Single(f => f.Id == id);
        delivery.Channel.ShouldBe(OutboundChannel.Push);
        delivery.Recipient.ShouldBe(recipient);
        delivery.Text.ShouldBe("모임이 확정되었어요");
        delivery.Error.ShouldBe("The Push gateway answered 503.");
        delivery.FailedAt.ShouldNotBeNull();
    }
}
