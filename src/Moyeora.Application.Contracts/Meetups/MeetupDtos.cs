using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;

namespace Moyeora.Meetups;

/// <summary>What a host fills in to create or edit a meetup (product spec §3).</summary>
public class CreateMeetupDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidMeetupTitle)]
    [Required, StringLength(MeetupConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidMeetupDescription)]
    [StringLength(MeetupConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    /// <summary>https only.</summary>
    [FieldCode(MoyeoraErrorCodes.InvalidMeetupImageUrl)]
    [StringLength(MeetupConsts.MaxImageUrlLength)]
    public string? ImageUrl { get; set; }

    /// <summary>2–255, host included.</summary>
    [FieldCode(MoyeoraErrorCodes.InvalidMeetupCapacity)]
    [Range(MeetupConsts.MinMembers, MeetupConsts.MaxMembers)]
    public int MaxMembers { get; set; }

    /// <summary>An instant with its offset (e.g. <c>2026-11-22T19:00:00+09:00</c>); in the future, at most 7 days ahead.</summary>
    [Required]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>After the start, at most 14 days ahead.</summary>
    [Required]
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>Online meetups have no place and no coordinates; in-person ones need both.</summary>
    public bool IsOnline { get; set; }

    [FieldCode(MoyeoraErrorCodes.InvalidMeetupLocation)]
    [StringLength(MeetupConsts.MaxPlaceLength)]
    public string? Place { get; set; }

    [FieldCode(MoyeoraErrorCodes.InvalidMeetupLocation)]
    [Range(-90d, 90d)]
    public double? Latitude { get; set; }

    [FieldCode(MoyeoraErrorCodes.InvalidMeetupLocation)]
    [Range(-180d, 180d)]
    public double? Longitude { get; set; }

    [FieldCode(MoyeoraErrorCodes.InvalidMeetupText)]
    [StringLength(MeetupConsts.MaxWhatToBringLength)]
    public string? WhatToBring { get; set; }

    /// <summary>1–10 tags of 1–30 characters.</summary>
    [FieldCode(MoyeoraErrorCodes.InvalidMeetupTags)]
    [Required, MinLength(MeetupConsts.MinTags), MaxLength(MeetupConsts.MaxTags)]
    public List<string>? Tags { get; set; }
}

public sealed class UpdateMeetupDto : CreateMeetupDto;

public sealed class UserSummaryDto
{
    public Guid Id { get; set; }

    public string Nickname { get; set; } = string.Empty;

    public string? ProfileImageUrl { get; set; }

    public int Rating { get; set; }
}

public sealed class MeetupMemberDto
{
    public UserSummaryDto User { get; set; } = new();

    public bool IsHost { get; set; }

    public DateTime JoinTime { get; set; }

    public bool HasConfirmed { get; set; }
}

public sealed class MeetupNoticeDto
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTime CreationTime { get; set; }
}

public class MeetupListItemDto
{
    public Guid Id { get; set; }

    public Guid HostId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? ImageUrl { get; set; }

    public int MaxMembers { get; set; }

    public int MemberCount { get; set; }

    public bool IsFull { get; set; }

    public DateTime StartTime { get; set; }

    public DateTime EndTime { get; set; }

    public bool IsOnline { get; set; }

    public string? Place { get; set; }

    /// <summary>Meetup places are public (spec §7).</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public MeetupStatus Status { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = [];

    public DateTime CreationTime { get; set; }

    /// <summary>Only in nearby results: metres from the point searched around.</summary>
    public double? DistanceMeters { get; set; }
}

/// <summary>A meetup in the caller's own list.</summary>
public sealed class MyMeetupDto : MeetupListItemDto
{
    public bool IsHost { get; set; }

    public bool HasConfirmed { get; set; }

    public int UnreadMessageCount { get; set; }
}

public sealed class MeetupDto
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? ImageUrl { get; set; }

    public int MaxMembers { get; set; }

    public int MemberCount { get; set; }

    public bool IsFull { get; set; }

    public DateTime StartTime { get; set; }

    public DateTime EndTime { get; set; }

    public bool IsOnline { get; set; }

    public string? Place { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? WhatToBring { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = [];

    public MeetupStatus Status { get; set; }

    public DateTime CreationTime { get; set; }

    public DateTime? ConfirmationTime { get; set; }

    public string? CancelReason { get; set; }

    public UserSummaryDto Host { get; set; } = new();

    public bool IsMember { get; set; }

    public bool IsHost { get; set; }

    public bool HasConfirmed { get; set; }

    /// <summary>Members only; others see the count.</summary>
    public IReadOnlyList<MeetupMemberDto>? Members { get; set; }

    /// <summary>Members only: the newest notice, pinned in the chat room.</summary>
    public MeetupNoticeDto? PinnedNotice { get; set; }
}

public sealed class MeetupMarkerDto
{
    public Guid Id { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string Title { get; set; } = string.Empty;

    public int MemberCount { get; set; }

    public int MaxMembers { get; set; }

    public DateTime StartTime { get; set; }
}

public sealed class GetNearbyMeetupsDto : PagedRequestDto
{
    [Required, Range(-90d, 90d)]
    public double? Latitude { get; set; }

    [Required, Range(-180d, 180d)]
    public double? Longitude { get; set; }

    /// <summary>100 m – 700 km; 2 km when not given.</summary>
    [Range(MeetupConsts.MinNearbyRadiusMeters, MeetupConsts.MaxNearbyRadiusMeters)]
    public double RadiusMeters { get; set; } = 2000;
}

public sealed class GetMeetupMarkersDto
{
    public const int MaxMarkers = 500;

    [Required, Range(-90d, 90d)]
    public double? South { get; set; }

    [Required, Range(-180d, 180d)]
    public double? West { get; set; }

    [Required, Range(-90d, 90d)]
    public double? North { get; set; }

    [Required, Range(-180d, 180d)]
    public double? East { get; set; }

    [Range(1, MaxMarkers)]
    public int MaxResultCount { get; set; } = 200;
}

public sealed class SearchMeetupsDto : PagedRequestDto
{
    /// <summary>Matched in titles and tags, case-insensitively.</summary>
    [StringLength(MeetupConsts.MaxSearchKeywordLength)]
    public string? Keyword { get; set; }

    /// <summary>A calendar day (<c>yyyy-MM-dd</c>) in <see cref="TimeZone"/>: meetups starting that day.</summary>
    [StringLength(10)]
    public string? Date { get; set; }

    /// <summary>IANA zone (<c>Asia/Seoul</c>) or UTC offset (<c>+09:00</c>); Asia/Seoul when not given.</summary>
    [StringLength(64)]
    public string? TimeZone { get; set; }
}

public sealed class CancelMeetupDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidMeetupText)]
    [StringLength(MeetupConsts.MaxCancelReasonLength)]
    public string? Reason { get; set; }
}

public sealed class HandOverMeetupDto
{
    [Required]
    public Guid? NewHostId { get; set; }
}

public sealed class InviteToMeetupDto
{
    [Required]
    public Guid? UserId { get; set; }
}

public sealed class PostMeetupNoticeDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidMeetupText)]
    [Required, StringLength(MeetupConsts.MaxNoticeTitleLength)]
    public string Title { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidMeetupText)]
    [Required, StringLength(MeetupConsts.MaxNoticeBodyLength)]
    public string Body { get; set; } = string.Empty;
}

public sealed class MeetupInvitationDto
{
    public Guid Id { get; set; }

    public Guid MeetupId { get; set; }

    public Guid InviteeId { get; set; }

    public InvitationStatus Status { get; set; }

    public DateTime CreationTime { get; set; }
}

public sealed class ReceivedInvitationDto
{
    public Guid Id { get; set; }

    public UserSummaryDto Inviter { get; set; } = new();

    public InvitationStatus Status { get; set; }

    public DateTime CreationTime { get; set; }

    public MeetupListItemDto Meetup { get; set; } = new();
}

public interface IMeetupAppService
{
    Task<MeetupDto> CreateAsync(CreateMeetupDto input, CancellationToken cancellationToken = default);

    Task<MeetupDto> UpdateAsync(Guid id, UpdateMeetupDto input, CancellationToken cancellationToken = default);

    /// <summary>Only while the host is alone in it; otherwise cancel.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MeetupDto> CancelAsync(Guid id, CancelMeetupDto input, CancellationToken cancellationToken = default);

    Task<MeetupDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<MeetupListItemDto>> GetRecruitingListAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<MeetupListItemDto>> GetNearbyAsync(GetNearbyMeetupsDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeetupMarkerDto>> GetMarkersAsync(GetMeetupMarkersDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<MyMeetupDto>> GetMineAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<MeetupListItemDto>> GetHostingAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<MeetupListItemDto>> SearchAsync(SearchMeetupsDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<MeetupListItemDto>> SearchMineAsync(SearchMeetupsDto input, CancellationToken cancellationToken = default);

    Task<MeetupDto> JoinAsync(Guid id, CancellationToken cancellationToken = default);

    Task LeaveAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MeetupDto> ConfirmAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MeetupDto> HandOverAsync(Guid id, HandOverMeetupDto input, CancellationToken cancellationToken = default);

    Task KickAsync(Guid id, Guid userId, CancellationToken cancellationToken = default);

    Task<MeetupInvitationDto> InviteAsync(Guid id, InviteToMeetupDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<ReceivedInvitationDto>> GetInvitationsAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<MeetupDto> AcceptInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default);

    Task DeclineInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default);

    Task<MeetupNoticeDto> PostNoticeAsync(Guid id, PostMeetupNoticeDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<MeetupNoticeDto>> GetNoticesAsync(Guid id, PagedRequestDto input, CancellationToken cancellationToken = default);
}
