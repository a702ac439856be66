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
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTitle, "title");
        }

        if (Description is { Length: > MeetupConsts.MaxDescriptionLength })
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupDescription, "description");
        }

        if (!string.IsNullOrWhiteSpace(ImageUrl)
            && (ImageUrl.Length > MeetupConsts.MaxImageUrlLength || !Uri.TryCreate(ImageUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupImageUrl, "imageUrl");
        }

        if (MaxMembers < MeetupConsts.MinMembers || MaxMembers > MeetupConsts.MaxMembers)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupCapacity, "maxMembers");
        }

        var start = ToUtc(StartTime);
        var end = ToUtc(EndTime);
        if (start <= now)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "startTime");
        }
        else if (start > now + MeetupConsts.MaxStartAhead)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "startTime");
        }

        if (end <= start)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "endTime");
        }
        else if (end > now + MeetupConsts.MaxEndAhead)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTime, "endTime");
        }

        var place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
        if (IsOnline)
        {
            if (Latitude is not null || Longitude is not null || place is not null)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "isOnline");
            }
        }
        else
        {
            if (place is null || place.Length > MeetupConsts.MaxPlaceLength)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "place");
            }

            if (Latitude is not { } lat || !double.IsFinite(lat) || lat < -90 || lat > 90)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "latitude");
            }

            if (Longitude is not { } lng || !double.IsFinite(lng) || lng < -180 || lng > 180)
            {
                v.Fail(MoyeoraErrorCodes.InvalidMeetupLocation, "longitude");
            }
        }

        if (WhatToBring is { Length: > MeetupConsts.MaxWhatToBringLength })
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupText, "whatToBring");
        }

        var tags = (Tags ?? []).Select(t => (t ?? string.Empty).Trim().Normalize(NormalizationForm.FormC)).ToList();
        if (tags.Count < MeetupConsts.MinTags || tags.Count > MeetupConsts.MaxTags
            || tags.Any(t => t.Length < MeetupConsts.MinTagLength || t.Length > MeetupConsts.MaxTagLength || t.Any(char.IsControl))
            || tags.Distinct(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)).Count() != tags.Count)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupTags, "tags");
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
