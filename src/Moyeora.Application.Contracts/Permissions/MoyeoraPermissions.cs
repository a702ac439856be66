namespace Moyeora.Permissions;

/// <summary>Permission names, granted to roles as role claims and checked by application services.</summary>
public static class MoyeoraPermissions
{
    public const string UsersManage = "Moyeora.Users.Manage";
    public const string RolesManage = "Moyeora.Roles.Manage";
    public const string MeetupsModerate = "Moyeora.Meetups.Moderate";
    public const string ReportsManage = "Moyeora.Reports.Manage";
    public const string JobsManage = "Moyeora.Jobs.Manage";
    public const string AuditLogsView = "Moyeora.AuditLogs.View";
    public const string OutboxView = "Moyeora.Outbox.View";
    public const string DashboardView = "Moyeora.Dashboard.View";
    public const string SettingsManage = "Moyeora.Settings.Manage";

    public static IReadOnlyList<PermissionDefinitionDto> All { get; } =
    [
        new(UsersManage, "사용자 관리"),
        new(RolesManage, "역할과 권한 관리"),
        new(MeetupsModerate, "모임 관리"),
        new(ReportsManage, "신고 처리"),
        new(JobsManage, "예약 작업 관리"),
        new(AuditLogsView, "감사 기록 보기"),
        new(OutboxView, "개발용 발송 보관함 보기 (문자·푸시·웹훅)"),
        new(DashboardView, "관리 대시보드 보기"),
        new(SettingsManage, "운영 설정 변경"),
    ];

    /// <summary>What the built-in moderator role is seeded with.</summary>
    public static IReadOnlyList<string> ModeratorDefaults { get; } = [MeetupsModerate, ReportsManage, DashboardView];

    public static bool IsDefined(string? name) => All.Any(p => p.Name == name);

    /// <summary>Whether these grants open the admin area: any defined permission makes its holder an administrator or moderator.</summary>
    public static bool OpensAdminArea(IEnumerable<string> granted) => granted.Any(IsDefined);
}

public sealed record PermissionDefinitionDto(string Name, string DisplayName);
