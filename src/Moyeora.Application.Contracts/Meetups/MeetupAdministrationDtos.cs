using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.Meetups;

/// <summary>Finding, inspecting, cancelling and hiding meetups in the admin area (permission <c>Moyeora.Meetups.Moderate</c>).</summary>
public interface IMeetupAdministrationAppService
{
    /// <summary>Meetups by part of the title (or id), host, state, start day (Korean calendar) and whether hidden; newest first.</summary>
    Task<PagedResultDto<MeetupAdminListItemDto>> GetListAsync(GetMeetupsForAdministrationDto input, CancellationToken cancellationToken = default);

    /// <summary>The meetup with its members, notices, chat volume and the reports about it.</summary>
    Task<MeetupAdminDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Cancels the meetup whatever its members do; every member is notified, with the reason.</summary>
    Task<MeetupAdminDetailDto> CancelAsync(Guid id, MeetupModerationDto input, CancellationToken cancellationToken = default);

    /// <summary>Hides the meetup from public lists, search, nearby and the map; its members still see it.</summary>
    Task<MeetupAdminDetailDto> HideAsync(Guid id, MeetupModerationDto input, CancellationToken cancellationToken = default);

    /// <summary>Brings a hidden meetup back.</summary>
    Task<MeetupAdminDetailDto> UnhideAsync(Guid id, MeetupModerationDto input, CancellationToken cancellationToken = default);
}

public sealed class GetMeetupsForAdministrationDto : PagedRequestDto
{
    /// <summary>Part of the title, or a meetup id.</summary>
    [StringLength(MeetupConsts.MaxTitleLength)]
    public string? Filter { get; set; }

    /// <summary>The host: an account id, a phone number or an exact nickname.</summary>
    [StringLength(UserConsts.MaxSearchLength)]
    public string? Host { get; set; }

    [EnumDataType(typeof(MeetupStatus))]
    public MeetupStatus? Status { get; set; }

    /// <summary>Start day on the Korean calendar, yyyy-MM-dd.</summary>
    [StringLength(10)]
    public string? Date { get; set; }

    /// <summary>Only hidden meetups (true) or only visible ones (false).</summary>
    public bool? Hidden { get; set; }
}

/// <summary>A moderator's action on a meetup and why (required, up to 255 characters: members read it when it is cancelled).</summary>
public sealed class MeetupModerationDto
{
    [Required, StringLength(MeetupConsts.MaxCancelReasonLength)]
    public string Reason { get; set; } = string.Empty;
}

public sealed class MeetupAdminListItemDto
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public Guid HostId { get; set; }

    public string HostNickname { get; set; } = string.Empty;

    public MeetupStatus Status { get; set; }

    public DateTime StartTime { get; set; }

    public int MemberCount { get; set; }

    public int MaxMembers { get; set; }

    public bool IsOnline { get; set; }

    public DateTime? HiddenTime { get; set; }

    public DateTime CreationTime { get; set; }
}

public sealed class MeetupAdminMemberDto
{
    public Guid UserId { get; set; }

    public string Nickname { get; set; } = string.Empty;

    public bool IsActive { get; set; }

    public bool IsHost { get; set; }

    public DateTime JoinTime { get; set; }

    public DateTime? ConfirmationTime { get; set; }
}

public sealed class MeetupAdminDetailDto
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Guid HostId { get; set; }

    public string HostNickname { get; set; } = string.Empty;

    public MeetupStatus Status { get; set; }

    public DateTime StartTime { get; set; }

    public DateTime EndTime { get; set; }

    public bool IsOnline { get; set; }

    public string? Place { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int MemberCount { get; set; }

    public int MaxMembers { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = [];

    public DateTime CreationTime { get; set; }

    public DateTime? CancellationTime { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>When a moderator hid it (null: visible).</summary>
    public DateTime? HiddenTime { get; set; }

    public IReadOnlyList<MeetupAdminMemberDto> Members { get; set; } = [];

    /// <summary>The newest notices (up to 20) and how many there are.</summary>
    public IReadOnlyList<MeetupNoticeDto> Notices { get; set; } = [];

    public long NoticeCount { get; set; }

    /// <summary>Messages people sent in the chat room, in all.</summary>
    public int ChatMessageCount { get; set; }

    /// <summary>Messages sent in the last 24 hours.</summary>
    public int ChatMessagesLastDay { get; set; }

    public DateTime? LastChatMessageTime { get; set; }

    /// <summary>The newest reports about the meetup or its messages (up to 20) and how many there are.</summary>
    public IReadOnlyList<ReportDto> Reports { get; set; } = [];

    public long ReportCount { get; set; }
}
