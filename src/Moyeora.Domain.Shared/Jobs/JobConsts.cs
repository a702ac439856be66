namespace Moyeora.Jobs;

/// <summary>The scheduled jobs of spec §8, by the names schedules, logs and the admin API use.</summary>
public static class JobNames
{
    public const string EndMeetups = "end-meetups";
    public const string EraseEndedMeetups = "erase-ended-meetups";
    public const string ExpirePositions = "expire-positions";
    public const string PurgeExpiredCredentials = "purge-expired-credentials";
    public const string EraseDeactivatedAccounts = "erase-deactivated-accounts";
    public const string MeetupReminders = "meetup-reminders";
    public const string ExpireInvitations = "expire-invitations";
}

public static class JobConsts
{
    public const int MaxNameLength = 64;
    public const int MaxErrorLength = 2000;
    public const int MaxCountsLength = 1000;

    /// <summary>Ended (or cancelled) meetups are erased this long after their end time.</summary>
    public static readonly TimeSpan EndedMeetupRetention = TimeSpan.FromDays(30);

    /// <summary>Participants are reminded when the start is this close.</summary>
    public static readonly TimeSpan ReminderLeadTime = TimeSpan.FromHours(1);

    /// <summary>A job failing this many times in a row degrades readiness.</summary>
    public const int UnhealthyAfterConsecutiveFailures = 3;
}
