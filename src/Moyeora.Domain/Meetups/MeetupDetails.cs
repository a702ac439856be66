using System.Globalization;
using System.Text;
using Moyeora.ExceptionHandling;

namespace Moyeora.Meetups;

/// <summary>Everything a host chooses about a meetup, validated as a whole before anything is written.</summary>
public sealed record MeetupDetails(
    string? Title,
    string? Description,
    string? ImageUrl,
    int MaxMembers,
    DateTime StartTime,
    DateTime EndTime,
    bool IsOnline,
    string? Place,
    double? Latitude,
    double? Longitude,
    string? WhatToBring,
    IReadOnlyList<string?>? Tags)
{
    /// <summary>Checks every rule of product spec §3 and reports all failures at once.</summary>
    public MeetupDetails Validate(DateTime now)
    {
        var v = new FieldValidator();
        var title = (Title ?? string.Empty).Trim();
        if (title.Length < MeetupConsts.MinTitleLength || title.Length > MeetupConsts.MaxTitleLength || title.Any(char.IsControl))
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTitle, "title", $"제목은 {MeetupConsts.MinTitleLength}~{MeetupConsts.MaxTitleLength}자여야 합니다.");
        }

        if (Description is { Length: > MeetupConsts.MaxDescriptionLength })
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupDescription, "description", $"설명은 {MeetupConsts.MaxDescriptionLength}자 이하여야 합니다.");
        }

        if (!string.IsNullOrWhiteSpace(ImageUrl)
            && (ImageUrl.Length > MeetupConsts.MaxImageUrlLength || !Uri.TryCreate(ImageUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupImageUrl, "imageUrl", "이미지는 https 주소여야 합니다.");
        }

        if (MaxMembers < MeetupConsts.MinMembers || MaxMembers > MeetupConsts.MaxMembers)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupCapacity, "maxMembers", $"정원은 {MeetupConsts.MinMembers}~{MeetupConsts.MaxMembers}명(모임장 포함)입니다.");
        }

        var start = ToUtc(StartTime);
        var end = ToUtc(EndTime);
        if (start <= now)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "startTime", "시작 시각은 미래여야 합니다.");
        }
        else if (start > now + MeetupConsts.MaxStartAhead)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "startTime", "모임은 7일 이내에 시작해야 합니다.");
        }

        if (end <= start)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "endTime", "종료 시각은 시작 시각 뒤여야 합니다.");
        }
        else if (end > now + MeetupConsts.MaxEndAhead)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "endTime", "모임은 14일 이내에 끝나야 합니다.");
        }

        var place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
        if (IsOnline)
        {
            if (Latitude is not null || Longitude is not null || place is not null)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "isOnline", "온라인 모임에는 장소와 좌표를 넣지 않습니다.");
            }
        }
        else
        {
            if (place is null || place.Length > MeetupConsts.MaxPlaceLength)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "place", $"오프라인 모임에는 {MeetupConsts.MaxPlaceLength}자 이하의 장소가 필요합니다.");
            }

            if (Latitude is not { } lat || !double.IsFinite(lat) || lat < -90 || lat > 90)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "latitude", "위도는 -90~90 사이여야 합니다.");
            }

            if (Longitude is not { } lng || !double.IsFinite(lng) || lng < -180 || lng > 180)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "longitude", "경도는 -180~180 사이여야 합니다.");
            }
        }

        if (WhatToBring is { Length: > MeetupConsts.MaxWhatToBringLength })
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupText, "whatToBring", $"준비물은 {MeetupConsts.MaxWhatToBringLength}자 이하여야 합니다.");
        }

        var tags = (Tags ?? []).Select(t => (t ?? string.Empty).Trim().Normalize(NormalizationForm.FormC)).ToList();
        if (tags.Count < MeetupConsts.MinTags || tags.Count > MeetupConsts.MaxTags
            || tags.Any(t => t.Length < MeetupConsts.MinTagLength || t.Length > MeetupConsts.MaxTagLength || t.Any(char.IsControl))
            || tags.Distinct(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)).Count() != tags.Count)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTags, "tags", $"태그는 {MeetupConsts.MinTags}~{MeetupConsts.MaxTags}개, 각 {MeetupConsts.MinTagLength}~{MeetupConsts.MaxTagLength}자이며 중복될 수 없습니다.");
        }

        v.ThrowIfInvalid();
        return this with
        {
            Title = title,
            Description = string.IsNullOrWhiteSpace(Description) ? null : Description,
            ImageUrl = string.IsNullOrWhiteSpace(ImageUrl) ? null : ImageUrl,
            StartTime = start,
            EndTime = end,
            Place = IsOnline ? null : place,
            Latitude = IsOnline ? null : Latitude,
            Longitude = IsOnline ? null : Longitude,
            WhatToBring = string.IsNullOrWhiteSpace(WhatToBring) ? null : WhatToBring,
            Tags = tags,
        };
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc), // instants without a zone are taken as UTC (spec: UTC instants)
    };
}
