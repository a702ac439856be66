using System.Globalization;
using Moyeora.Authorization;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Locations;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.Meetups;

public sealed class MeetupAppService(
    IMeetupRepository meetups,
    IUserRepository users,
    IChatMessageRepository chat,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    RecruitingMeetupCatalog catalog,
    MeetupViewCache views,
    ICurrentUser currentUser,
    Moyeora.Friends.IBlockRepository blocks,
    Moyeora.Friends.BlockedPeopleCache blockedPeople,
    TimeProvider clock) : IMeetupAppService
{
    /// <summary>How many in-person meetups a nearby search measures at most (the 7-day window keeps this small).</summary>
    private const int NearbyCandidateLimit = 5000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<MeetupDto> CreateAsync(CreateMeetupDto input, CancellationToken cancellationToken = default)
    {
        var host = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var meetup = new Meetup(Guid.NewGuid(), host.Id, ToDetails(input), Now);
        await meetups.InsertAsync(meetup, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(meetup, host.Id, cancellationToken);
    }

    public async Task<MeetupDto> UpdateAsync(Guid id, UpdateMeetupDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        var meetup = await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var loaded = await GetVisibleAsync(id, userId, cancellationToken);
            loaded.Update(userId, ToDetails(input), Now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return loaded;
        });
        return await ToDtoAsync(meetup, userId, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var meetup = await GetVisibleAsync(id, userId, cancellationToken);
            meetup.EnsureCanDelete(userId);
            await meetups.DeleteAsync(meetup, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        });
    }

    public Task<MeetupDto> CancelAsync(Guid id, CancelMeetupDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (meetup, userId) => meetup.Cancel(userId, input.Reason, Now), cancellationToken);

    public async Task<MeetupDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var view = await views.GetAsync(id, cancellationToken) ?? throw MeetupNotFound();
        await EnsureVisibleAsync(view.Meetup, currentUser.Id, cancellationToken);
        return Project(view, currentUser.Id, await HiddenFromAsync(view.Meetup, currentUser.Id, cancellationToken));
    }

    public async Task<PagedResultDto<MeetupListItemDto>> GetRecruitingListAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var hidden = await HiddenHostsAsync(cancellationToken);
        var all = await catalog.GetAsync();
        if (all is null)
        {
            var (items, total) = await meetups.GetRecruitingAsync(now, input.Skip(), input.Take(), cancellationToken, ExcludedOrNull(hidden));
            return new PagedResultDto<MeetupListItemDto>(items.Select(m => m.ToListItem()).ToList(), total);
        }

        // The snapshot may be a moment old: leave out meetups that started since.
        var open = hidden.Count == 0
            ? all.Where(m => m.StartTime > now).ToList()
            : all.Where(m => m.StartTime > now && !hidden.Contains(m.HostId)).ToList();
        return new PagedResultDto<MeetupListItemDto>(open.Skip(input.Skip()).Take(input.Take()).Select(m => m.ToListItem()).ToList(), open.Count);
    }

    public async Task<PagedResultDto<MeetupListItemDto>> GetNearbyAsync(GetNearbyMeetupsDto input, CancellationToken cancellationToken = default)
    {
        var (lat, lng) = CheckPoint(input.Latitude, input.Longitude);
        var radius = input.RadiusMeters;
        if (!double.IsFinite(radius) || radius < MeetupConsts.MinNearbyRadiusMeters || radius > MeetupConsts.MaxNearbyRadiusMeters)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidSearch, "radiusMeters");
        }

        var now = Now;
        var hidden = await HiddenHostsAsync(cancellationToken);
        var box = GeoMath.BoundingBox(lat, lng, radius);
        var candidates = await catalog.GetAsync() is { } all
            ? all.Where(m => !m.IsOnline && m.StartTime > now && box.Contains(m.Latitude!.Value, m.Longitude!.Value) && (hidden.Count == 0 || !hidden.Contains(m.HostId))).ToList()
            : await meetups.GetRecruitingInBoxAsync(box, now, NearbyCandidateLimit, cancellationToken, ExcludedOrNull(hidden));
        var inRange = candidates
            .Select(m => (Meetup: m, Distance: GeoMath.DistanceMeters(lat, lng, m.Latitude!.Value, m.Longitude!.Value)))
            .Where(x => x.Distance <= radius)
            .OrderBy(x => x.Distance).ThenBy(x => x.Meetup.StartTime).ThenBy(x => x.Meetup.Id)
            .ToList();
        var page = inRange.Skip(input.Skip()).Take(input.Take()).Select(x =>
        {
            var item = x.Meetup.ToListItem();
            item.DistanceMeters = Math.Round(x.Distance, 1);
            return item;
        }).ToList();
        return new PagedResultDto<MeetupListItemDto>(page, inRange.Count);
    }

    public async Task<IReadOnlyList<MeetupMarkerDto>> GetMarkersAsync(GetMeetupMarkersDto input, CancellationToken cancellationToken = default)
    {
        var (south, west) = CheckPoint(input.South, input.West, "south", "west");
        var (north, east) = CheckPoint(input.North, input.East, "north", "east");
        if (south > north)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidSearch, "south");
        }

        var now = Now;
        var hidden = await HiddenHostsAsync(cancellationToken);
        var box = new GeoBox(south, west, north, east);
        var limit = Math.Clamp(input.MaxResultCount, 1, GetMeetupMarkersDto.MaxMarkers);
        var markers = await catalog.GetAsync() is { } all
            ? all.Where(m => !m.IsOnline && m.StartTime > now && box.Contains(m.Latitude!.Value, m.Longitude!.Value) && (hidden.Count == 0 || !hidden.Contains(m.HostId)))
                .OrderBy(m => m.StartTime).ThenBy(m => m.Id).Take(limit)
                .Select(m => new MeetupMarker(m.Id, m.Latitude!.Value, m.Longitude!.Value, m.Title, m.MemberCount, m.MaxMembers, m.StartTime)).ToList()
            : await meetups.GetMarkersAsync(box, now, limit, cancellationToken, ExcludedOrNull(hidden));
        return markers.Select(m => new MeetupMarkerDto
        {
            Id = m.Id, Latitude = m.Latitude, Longitude = m.Longitude, Title = m.Title,
            MemberCount = m.MemberCount, MaxMembers = m.MaxMembers, StartTime = m.StartTime,
        }).ToList();
    }

    public async Task<PagedResultDto<MyMeetupDto>> GetMineAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        var (items, total) = await meetups.GetForMemberAsync(userId, input.Skip(), input.Take(), cancellationToken);
        var unread = await chat.CountUnreadAsync(userId, items.Select(m => m.Id).ToList(), cancellationToken);
        var confirmed = await meetups.GetConfirmedMeetupIdsAsync(userId, items.Select(m => m.Id).ToList(), cancellationToken);
        return new PagedResultDto<MyMeetupDto>(items.Select(m => m.ToListItem(new MyMeetupDto
        {
            IsHost = m.HostId == userId,
            HasConfirmed = confirmed.Contains(m.Id),
            UnreadMessageCount = unread.GetValueOrDefault(m.Id),
        })).ToList(), total);
    }

    public async Task<PagedResultDto<MeetupListItemDto>> GetHostingAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        var (items, total) = await meetups.GetHostingRecruitingAsync(userId, Now, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<MeetupListItemDto>(items.Select(m => m.ToListItem()).ToList(), total);
    }

    public Task<PagedResultDto<MeetupListItemDto>> SearchAsync(SearchMeetupsDto input, CancellationToken cancellationToken = default) =>
        SearchAsync(input, memberId: null, cancellationToken);

    public Task<PagedResultDto<MeetupListItemDto>> SearchMineAsync(SearchMeetupsDto input, CancellationToken cancellationToken = default) =>
        SearchAsync(input, currentUser.GetRequiredId(), cancellationToken);

    public async Task<MeetupDto> JoinAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var blocked = await blocks.GetBlockedEitherWayAsync(user.Id, cancellationToken);
        var meetup = await ChangeOnlyAsync(id, (meetup, userId) =>
        {
            if (blocked.Contains(meetup.HostId))
            {
                // Blocked by the host (or blocking them): the meetup is not there for this person.
                throw NotFoundErrors.Meetup();
            }

            meetup.Join(userId, Now);
        }, cancellationToken, user.Id);

        // The people hidden from the new member's list are the block set read above (no second query).
        var view = await MeetupViewCache.BuildAsync(meetup, users, meetups, cancellationToken);
        return Project(view, user.Id, meetup.MemberCount > 1 ? blocked : NoOne);
    }

    // Leaving answers nothing: no detail is built for the response.
    public async Task LeaveAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ChangeOnlyAsync(id, (meetup, userId) => meetup.Leave(userId, Now), cancellationToken);

    public Task<MeetupDto> ConfirmAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (meetup, userId) => meetup.Confirm(userId, Now), cancellationToken);

    public Task<MeetupDto> HandOverAsync(Guid id, HandOverMeetupDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (meetup, userId) => meetup.HandOver(userId, input.NewHostId ?? Guid.Empty), cancellationToken);

    public async Task KickAsync(Guid id, Guid userId, CancellationToken cancellationToken = default) =>
        await ChangeOnlyAsync(id, (meetup, callerId) => meetup.Kick(callerId, userId, Now), cancellationToken);

    public async Task<MeetupInvitationDto> InviteAsync(Guid id, InviteToMeetupDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        var inviteeId = input.UserId ?? Guid.Empty;
        await users.GetReachableAsync(blocks, userId, inviteeId, cancellationToken);

        return await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var meetup = await GetVisibleAsync(id, userId, cancellationToken);
            var invitation = meetup.Invite(userId, inviteeId, Now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return invitation.ToDto(meetup.StartTime, Now);
        });
    }

    public async Task<PagedResultDto<ReceivedInvitationDto>> GetInvitationsAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        var (items, total) = await meetups.GetInvitationsForAsync(userId, Now, await blockedPeople.GetAsync(userId, cancellationToken), input.Skip(), input.Take(), cancellationToken);
        var inviters = await users.GetSummariesAsync(items.Select(i => i.InviterId).ToList(), cancellationToken);
        return new PagedResultDto<ReceivedInvitationDto>(items.Select(i => new ReceivedInvitationDto
        {
            Id = i.InvitationId,
            Inviter = inviters.GetValueOrDefault(i.InviterId).ToDto(i.InviterId),
            Status = i.Status,
            CreationTime = i.CreationTime,
            Meetup = i.Meetup.ToListItem(),
        }).ToList(), total);
    }

    public async Task<MeetupDto> AcceptInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var meetup = await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var loaded = await FindInvitedMeetupAsync(invitationId, cancellationToken);
            loaded.AcceptInvitation(invitationId, user.Id, Now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return loaded;
        });
        return await ToDtoAsync(meetup, user.Id, cancellationToken);
    }

    public async Task DeclineInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var meetup = await FindInvitedMeetupAsync(invitationId, cancellationToken);
            meetup.DeclineInvitation(invitationId, userId, Now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        });
    }

    public async Task<MeetupNoticeDto> PostNoticeAsync(Guid id, PostMeetupNoticeDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        return await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var meetup = await GetVisibleAsync(id, userId, cancellationToken);
            var notice = meetup.PostNotice(userId, input.Title, input.Body, Now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return notice.ToDto();
        });
    }

    public async Task<PagedResultDto<MeetupNoticeDto>> GetNoticesAsync(Guid id, PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        var meetup = (await views.GetAsync(id, cancellationToken))?.Meetup ?? throw MeetupNotFound();
        await EnsureVisibleAsync(meetup, userId, cancellationToken);
        if (!meetup.IsMember(userId) && !await permissions.IsGrantedAsync(MoyeoraPermissions.MeetupsModerate, cancellationToken))
        {
            throw new BusinessException(MoyeoraErrorCodes.NotMeetupMember, ErrorKind.Forbidden);
        }

        var (items, total) = await meetups.GetNoticesAsync(id, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<MeetupNoticeDto>(items.Select(n => n.ToDto()).ToList(), total);
    }

    private async Task<PagedResultDto<MeetupListItemDto>> SearchAsync(SearchMeetupsDto input, Guid? memberId, CancellationToken cancellationToken)
    {
        var keyword = input.Keyword?.Trim();
        if (keyword is { Length: > MeetupConsts.MaxSearchKeywordLength } || keyword is not null && keyword.Any(char.IsControl))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidSearch, "keyword");
        }

        var (from, to) = DayRange(input.Date, input.TimeZone);
        var search = new MeetupSearch(
            string.IsNullOrEmpty(keyword) ? null : keyword.Normalize(System.Text.NormalizationForm.FormC).ToUpperInvariant(),
            from, to, memberId, RecruitingOnly: memberId is null, ExcludedOrNull(await HiddenHostsAsync(cancellationToken)));
        var (items, total) = await meetups.SearchAsync(search, Now, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<MeetupListItemDto>(items.Select(m => m.ToListItem()).ToList(), total);
    }

    /// <summary>The UTC instants that bound a calendar day in the caller's time zone.</summary>
    private static (DateTime? From, DateTime? To) DayRange(string? date, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            return (null, null);
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidSearch, "date");
        }

        if (day.Year is < MeetupConsts.MinSearchYear or > MeetupConsts.MaxSearchYear)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidSearch, "date");
        }

        var zone = TimeZones.Resolve(timeZone);
        var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return (TimeZones.ToUtc(start, zone), TimeZones.ToUtc(start.AddDays(1), zone));
    }

    /// <summary>Load, change through the aggregate, save once; again on fresh data if someone else saved first.</summary>
    private async Task<MeetupDto> ChangeAsync(Guid id, Action<Meetup, Guid> change, CancellationToken cancellationToken, Guid? userId = null)
    {
        var callerId = userId ?? currentUser.GetRequiredId();
        var meetup = await ChangeOnlyAsync(id, change, cancellationToken, callerId);
        return await ToDtoAsync(meetup, callerId, cancellationToken);
    }

    /// <summary><see cref="ChangeAsync"/> without building the detail: the saved aggregate.</summary>
    private async Task<Meetup> ChangeOnlyAsync(Guid id, Action<Meetup, Guid> change, CancellationToken cancellationToken, Guid? userId = null)
    {
        var callerId = userId ?? currentUser.GetRequiredId();
        return await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var loaded = await GetVisibleAsync(id, callerId, cancellationToken);
            change(loaded, callerId);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return loaded;
        });
    }

    /// <summary>Loads a meetup to change it: locked until the save, and only if the caller may see it.</summary>
    private async Task<Meetup> GetVisibleAsync(Guid id, Guid? userId, CancellationToken cancellationToken)
    {
        // Read before the row is locked: a cache miss must not hold a second connection while the lock is held.
        var hiddenHosts = await blockedPeople.GetAsync(userId, cancellationToken);
        var meetup = await meetups.FindForUpdateAsync(id, cancellationToken) ?? throw MeetupNotFound();
        await EnsureVisibleAsync(meetup, userId, hiddenHosts, cancellationToken);
        return meetup;
    }

    /// <summary>
    /// Hosts whose meetups the caller must not see: people the caller blocked or was blocked by (spec §2), from
    /// the per-caller cache (anonymous callers and people who block no one get the empty set at no cost).
    /// </summary>
    private Task<IReadOnlySet<Guid>> HiddenHostsAsync(CancellationToken cancellationToken) => blockedPeople.GetAsync(currentUser.Id, cancellationToken);

    private static IReadOnlyCollection<Guid>? ExcludedOrNull(IReadOnlySet<Guid> hidden) => hidden.Count == 0 ? null : hidden;

    /// <summary>
    /// Recruiting meetups are public unless a moderator hid them; confirmed, ended, cancelled and hidden ones only to
    /// their members (and moderators). Anything else is "not found", so ids cannot be probed. A meetup whose host blocked the
    /// caller, or whom the caller blocked, is "not found" too, unless the caller is already a member of it.
    /// </summary>
    private async Task EnsureVisibleAsync(Meetup meetup, Guid? userId, CancellationToken cancellationToken) =>
        await EnsureVisibleAsync(meetup, userId, await blockedPeople.GetAsync(userId, cancellationToken), cancellationToken);

    private async Task EnsureVisibleAsync(Meetup meetup, Guid? userId, IReadOnlySet<Guid> hiddenHosts, CancellationToken cancellationToken)
    {
        if (userId is { } caller && hiddenHosts.Contains(meetup.HostId) && !meetup.IsMember(caller))
        {
            throw MeetupNotFound();
        }

        if ((meetup.Status != MeetupStatus.Recruiting || !meetup.IsVisibleTo(userId)) && !(userId is { } uid && meetup.IsMember(uid))
            && !await permissions.IsGrantedAsync(MoyeoraPermissions.MeetupsModerate, cancellationToken))
        {
            throw MeetupNotFound();
        }
    }

    private async Task<Meetup> FindInvitedMeetupAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        var meetupId = (await meetups.FindByInvitationAsync(invitationId, cancellationToken))?.Id
            ?? throw BusinessException.NotFound(MoyeoraErrorCodes.InvitationNotFound);
        unitOfWork.DiscardChanges();
        return await meetups.FindForUpdateAsync(meetupId, cancellationToken)
            ?? throw BusinessException.NotFound(MoyeoraErrorCodes.InvitationNotFound);
    }

    private async Task<MeetupDto> ToDtoAsync(Meetup meetup, Guid? viewerId, CancellationToken cancellationToken) =>
        Project(await MeetupViewCache.BuildAsync(meetup, users, meetups, cancellationToken), viewerId, await HiddenFromAsync(meetup, viewerId, cancellationToken));

    /// <summary>Members the viewer blocked or was blocked by: left out of the member list they are shown (spec §2).</summary>
    private async Task<IReadOnlySet<Guid>> HiddenFromAsync(Meetup meetup, Guid? viewerId, CancellationToken cancellationToken) =>
        viewerId is { } v && meetup.IsMember(v) && meetup.MemberCount > 1
            ? await blocks.GetBlockedEitherWayAsync(v, cancellationToken)
            : NoOne;

    private static readonly IReadOnlySet<Guid> NoOne = new HashSet<Guid>();

    /// <summary>
    /// What one viewer may see of a meetup: members also get the member list and the pinned notice. People the viewer
    /// blocked or was blocked by are left out of the list (the count stays true); the host always shows, as the one
    /// who runs the meetup.
    /// </summary>
    private static MeetupDto Project(MeetupView view, Guid? viewerId, IReadOnlySet<Guid> hidden)
    {
        var meetup = view.Meetup;
        var me = viewerId is { } v ? meetup.Participants.FirstOrDefault(p => p.UserId == v) : null;
        var isMember = me is not null;
        return new MeetupDto
        {
            Id = meetup.Id,
            Title = meetup.Title,
            Description = meetup.Description,
            ImageUrl = meetup.ImageUrl,
            MaxMembers = meetup.MaxMembers,
            MemberCount = meetup.MemberCount,
            IsFull = meetup.IsFull,
            StartTime = meetup.StartTime,
            EndTime = meetup.EndTime,
            IsOnline = meetup.IsOnline,
            Place = meetup.Place,
            Latitude = meetup.Latitude,
            Longitude = meetup.Longitude,
            WhatToBring = meetup.WhatToBring,
            Tags = meetup.Tags,
            Status = meetup.Status,
            CreationTime = meetup.CreationTime,
            ConfirmationTime = meetup.ConfirmationTime,
            CancelReason = meetup.CancelReason,
            Host = view.People.GetValueOrDefault(meetup.HostId).ToDto(meetup.HostId),
            IsMember = isMember,
            IsHost = viewerId == meetup.HostId,
            HasConfirmed = me?.ConfirmationTime is not null,
            Members = isMember
                ? meetup.Participants.Where(p => p.UserId == meetup.HostId || !hidden.Contains(p.UserId))
                    .OrderBy(p => p.JoinTime).ThenBy(p => p.UserId).Select(p => new MeetupMemberDto
                {
                    User = view.People.GetValueOrDefault(p.UserId).ToDto(p.UserId),
                    IsHost = p.UserId == meetup.HostId,
                    JoinTime = p.JoinTime,
                    HasConfirmed = p.ConfirmationTime is not null,
                }).ToList()
                : null,
            PinnedNotice = isMember ? view.LatestNotice?.ToDto() : null,
        };
    }

    private static MeetupDetails ToDetails(CreateMeetupDto input) => new(
        input.Title, input.Description, input.ImageUrl, input.MaxMembers,
        input.StartTime?.UtcDateTime ?? default, input.EndTime?.UtcDateTime ?? default,
        input.IsOnline, input.Place, input.Latitude, input.Longitude, input.WhatToBring, input.Tags);

    private static (double Lat, double Lng) CheckPoint(double? lat, double? lng, string latField = "latitude", string lngField = "longitude")
    {
        var v = new FieldValidator();
        if (lat is not { } la || !double.IsFinite(la) || la < -90 || la > 90)
        {
            v.Fail(MoyeoraErrorCodes.InvalidSearch, latField);
        }

        if (lng is not { } lo || !double.IsFinite(lo) || lo < -180 || lo > 180)
        {
            v.Fail(MoyeoraErrorCodes.InvalidSearch, lngField);
        }

        v.ThrowIfInvalid();
        return (lat!.Value, lng!.Value);
    }

    private static BusinessException MeetupNotFound() => NotFoundErrors.Meetup();
}
