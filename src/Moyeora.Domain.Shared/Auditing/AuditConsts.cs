namespace Moyeora.Auditing;

/// <summary>Limits of the audit log (one place: entity guard, mapping, DTOs).</summary>
public static class AuditConsts
{
    public const int MaxActionLength = 64;
    public const int MaxTargetTypeLength = 32;
    public const int MaxTargetIdLength = 64;
    public const int MaxReasonLength = 1000;
    public const int MaxNicknameLength = 20;
    public const int MaxIpAddressLength = 64;

    /// <summary>The before/after list as stored (JSON).</summary>
    public const int MaxChangesLength = 8000;

    public const int MaxFieldLength = 64;
    public const int MaxValueLength = 500;

    /// <summary>At most this many rows (the newest) go into one CSV export; narrow the filters for older ones.</summary>
    public const int MaxCsvRows = 10_000;
}

/// <summary>The stable names of audited actions (<c>Target.Verb</c>); filters and exports use them.</summary>
public static class AuditActions
{
    public const string UserLock = "User.Lock";
    public const string UserUnlock = "User.Unlock";
    public const string UserEndSessions = "User.EndSessions";
    public const string UserDeactivate = "User.Deactivate";
    public const string UserRestore = "User.Restore";
    public const string UserSetRoles = "User.SetRoles";
    public const string ReportReview = "Report.Review";
    public const string ReportDismiss = "Report.Dismiss";
    public const string ReportAct = "Report.Act";
    public const string ChatMessageHide = "ChatMessage.Hide";
    public const string MeetupCancel = "Meetup.Cancel";
    public const string MeetupHide = "Meetup.Hide";
    public const string MeetupUnhide = "Meetup.Unhide";
    public const string JobTrigger = "Job.Trigger";
    public const string RoleGrantPermission = "Role.GrantPermission";
    public const string RoleRevokePermission = "Role.RevokePermission";
    public const string RoleAddUser = "Role.AddUser";
    public const string RoleRemoveUser = "Role.RemoveUser";
    public const string RoleCreate = "Role.Create";
    public const string RoleDelete = "Role.Delete";
    public const string RoleSetPermissions = "Role.SetPermissions";
    public const string SettingsUpdate = "Settings.Update";
}

/// <summary>What an audited action was done to.</summary>
public static class AuditTargetTypes
{
    public const string User = "User";
    public const string Report = "Report";
    public const string Meetup = "Meetup";
    public const string ChatMessage = "ChatMessage";
    public const string Job = "Job";
    public const string Role = "Role";

    /// <summary>The operational settings (one record; its target id is <see cref="OperationalSettingsId"/>).</summary>
    public const string Settings = "Settings";

    public const string OperationalSettingsId = "operational";
}
