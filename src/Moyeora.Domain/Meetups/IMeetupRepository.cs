using Moyeora.Locations;

namespace Moyeora.Meetups;

/// <summary>What listings show of a meetup (no members, no private data).</summary>
public sealed record MeetupSummary(
    Guid Id,
    Guid HostId,
    string Title,
    string? ImageUrl,
    int MaxMembers,
    int MemberCount,
    DateTime StartTime,
    DateTime EndTime,
    bool IsOnline,
    string? Place,
    double? Latitude,
    double? Longitude,
    MeetupStatus Status,
    IReadOnlyList<string> Tags,
    DateTime CreationTime);

public sealed record SharedMeetup(Guid Id, string Title, DateTime StartTime);

/// <summary>What the live map is told about a meetup after a change: one row, no members.</summary>
public sealed record MeetupLiveState(Guid Id, Guid HostId, string Title, MeetupStatus Status, int MemberCount, int MaxMembers,
    DateTime StartTime, double? Latitude, double? Longitude, bool IsHidden);

public sealed record MeetupMarker(Guid Id, double Latitude, double Longitude, string Title, int MemberCount, int MaxMembers, DateTime StartTime);

public sealed record ReceivedInvitation(Guid InvitationId, Guid InviterId, InvitationStatus Status, DateTime CreationTime, MeetupSummary Meetup);

/// <summary>What the chat room needs to know of a meetup and one person: its state, and when they joined (null: not a member).</summary>
public sealed record ChatRoomAccess(MeetupStatus Status, DateTime EndTime, DateTime? JoinTime);

/// <param name="ExcludedHostIds">Meetups hosted by these people are left out (a caller's blocked-either-way set).</param>
public sealed record MeetupSearch(string? NormalizedKeyword, DateTime? FromUtc, DateTime? ToUtc, Guid? MemberId, bool RecruitingOnly,
    IReadOnlyCollection<Guid>? ExcludedHostIds = null);

/// <summary>The administrators' search: part of the title, the host, the state, a start range and whether hidden, all optional.</summary>
public sealed record MeetupAdminSearch(string? NormalizedTitlePart, Guid? HostId, MeetupStatus? Status, DateTime? FromUtc, DateTime? ToUtc, bool? Hidden);

public interface IMeetupRepository
{
    /// <summary>Every meetup matching, hidden ones included, newest first; not tracked.</summary>
    Task<(IReadOnlyList<Meetup> Items, int TotalCount)> GetPagedForAdministrationAsync(MeetupAdminSearch search, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// The aggregate with members, tags, kicks and invitations, tracked for change; the instance this unit of work already
    /// tracks, if any, without a query (event handlers reading the meetup the operation is changing).
    /// </summary>
    Task<Meetup?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The aggregate, locked for change until the unit of work saves or discards (a transaction holding
    /// the meetup's row), so concurrent writers to one meetup queue instead of colliding.
    /// </summary>
    Task<Meetup?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The meetup's own row as the live map needs it (one query, no collections); null when it does not exist.</summary>
    Task<MeetupLiveState?> GetLiveStateAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The aggregate, not tracked: for reading only.</summary>
    Task<Meetup?> FindReadOnlyAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Recruiting or confirmed meetups the user hosts, tracked for change.</summary>
    Task<IReadOnlyList<Meetup>> GetHostedOpenAsync(Guid hostId, CancellationToken cancellationToken = default);

    Task<Meetup?> FindByInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default);

    Task InsertAsync(Meetup meetup, CancellationToken cancellationToken = default);

    Task DeleteAsync(Meetup meetup, CancellationToken cancellationToken = default);

    /// <summary>Recruiting, not started: soonest start first, then newest, then id.</summary>
    Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> GetRecruitingAsync(DateTime now, int skip, int take, CancellationToken cancellationToken = default, IReadOnlyCollection<Guid>? excludedHostIds = null);

    /// <summary>Recruiting, not started, in person, inside the box (the caller measures exact distances).</summary>
    Task<IReadOnlyList<MeetupSummary>> GetRecruitingInBoxAsync(GeoBox box, DateTime now, int limit, CancellationToken cancellationToken = default, IReadOnlyCollection<Guid>? excludedHostIds = null);

    Task<IReadOnlyList<MeetupMarker>> GetMarkersAsync(GeoBox box, DateTime now, int limit, CancellationToken cancellationToken = default, IReadOnlyCollection<Guid>? excludedHostIds = null);

    /// <summary>Meetups the user is a member of: upcoming first (soonest start), then id.</summary>
    Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> GetForMemberAsync(Guid userId, int skip, int take, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> GetHostingRecruitingAsync(Guid userId, DateTime now, int skip, int take, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> SearchAsync(MeetupSearch search, DateTime now, int skip, int take, CancellationToken cancellationToken = default);

    /// <remarks>Invitations from, or to meetups hosted by, anyone in <paramref name="hiddenPeople"/> (blocked either way) are left out.</remarks>
    Task<(IReadOnlyList<ReceivedInvitation> Items, int TotalCount)> GetInvitationsForAsync(
        Guid userId, DateTime now, IReadOnlySet<Guid> hiddenPeople, int skip, int take, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<MeetupNotice> Items, int TotalCount)> GetNoticesAsync(Guid meetupId, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Of the given meetups, those where the user has confirmed.</summary>
    Task<IReadOnlySet<Guid>> GetConfirmedMeetupIdsAsync(Guid userId, IReadOnlyCollection<Guid> meetupIds, CancellationToken cancellationToken = default);

    Task<MeetupNotice?> GetLatestNoticeAsync(Guid meetupId, CancellationToken cancellationToken = default);

    /// <summary>One small read for every chat call: null when the meetup does not exist.</summary>
    Task<ChatRoomAccess?> GetChatRoomAccessAsync(Guid meetupId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person (null: no such account) and their access to the meetup's chat (null: no such meetup) in one round
    /// trip: every chat operation checks both, and a busy room's senders would otherwise pay two reads per message.
    /// </summary>
    Task<(Users.UserSummary? User, ChatRoomAccess? Room)> GetChatAccessAsync(Guid meetupId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Ids of the recruiting or confirmed meetups the user is a member of (their live chat rooms).</summary>
    Task<IReadOnlyList<Guid>> GetOpenMeetupIdsForMemberAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Everyone who shares a recruiting or confirmed meetup with the user ("co-members", spec §2).</summary>
    Task<IReadOnlySet<Guid>> GetCoMemberIdsAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The recruiting or confirmed meetups both users are members of, soonest start first.</summary>
    Task<IReadOnlyList<SharedMeetup>> GetSharedOpenMeetupsAsync(Guid userId, Guid otherId, CancellationToken cancellationToken = default);

    // Maintenance (scheduled jobs): each returns a bounded batch, so a backlog never loads at once.

    /// <summary>Recruiting or confirmed meetups whose end time has passed, tracked, earliest end first.</summary>
    Task<IReadOnlyList<Meetup>> GetDueToEndAsync(DateTime now, int take, CancellationToken cancellationToken = default);

    /// <summary>Started meetups that still hold pending invitations, tracked.</summary>
    Task<IReadOnlyList<Meetup>> GetStartedWithPendingInvitationsAsync(DateTime now, int take, CancellationToken cancellationToken = default);

    /// <summary>Recruiting or confirmed meetups starting after now and by <paramref name="until"/> with a member not yet reminded, tracked.</summary>
    Task<IReadOnlyList<Meetup>> GetDueForReminderAsync(DateTime now, DateTime until, int take, CancellationToken cancellationToken = default);

    /// <summary>Recruiting or confirmed meetups the user is a member of, tracked.</summary>
    Task<IReadOnlyList<Meetup>> GetOpenForMemberAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases up to <paramref name="take"/> ended or cancelled meetups whose end time is before
    /// <paramref name="cutoff"/>, with everything they own (members, tags, kicks, invitations, notices, chat,
    /// read markers, notifications and trust votes about them). Returns how many meetups were erased.
    /// </summary>
    Task<int> EraseOverBeforeAsync(DateTime cutoff, int take, CancellationToken cancellationToken = default);
}
