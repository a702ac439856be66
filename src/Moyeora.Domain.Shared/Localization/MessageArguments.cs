using Moyeora.Chat;
using Moyeora.Meetups;
using Moyeora.Ratings;
using Moyeora.Reports;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Localization;

/// <summary>
/// The limits a message may name (<c>{maxTitleLength}</c>), read from the same constants the rules use, so a message
/// never repeats a number that could drift from its rule.
/// </summary>
public static class MessageArguments
{
    public static IReadOnlyDictionary<string, object> Limits { get; } = new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["minTitleLength"] = MeetupConsts.MinTitleLength,
        ["maxTitleLength"] = MeetupConsts.MaxTitleLength,
        ["maxDescriptionLength"] = MeetupConsts.MaxDescriptionLength,
        ["maxImageUrlLength"] = MeetupConsts.MaxImageUrlLength,
        ["minMembers"] = MeetupConsts.MinMembers,
        ["maxMembers"] = MeetupConsts.MaxMembers,
        ["maxPlaceLength"] = MeetupConsts.MaxPlaceLength,
        ["maxWhatToBringLength"] = MeetupConsts.MaxWhatToBringLength,
        ["minTags"] = MeetupConsts.MinTags,
        ["maxTags"] = MeetupConsts.MaxTags,
        ["minTagLength"] = MeetupConsts.MinTagLength,
        ["maxTagLength"] = MeetupConsts.MaxTagLength,
        ["maxNoticeTitleLength"] = MeetupConsts.MaxNoticeTitleLength,
        ["maxNoticeBodyLength"] = MeetupConsts.MaxNoticeBodyLength,
        ["maxCancelReasonLength"] = MeetupConsts.MaxCancelReasonLength,
        ["maxSearchKeywordLength"] = MeetupConsts.MaxSearchKeywordLength,
        ["maxStartAheadDays"] = (int)MeetupConsts.MaxStartAhead.TotalDays,
        ["maxEndAheadDays"] = (int)MeetupConsts.MaxEndAhead.TotalDays,
        ["minNearbyRadiusMeters"] = MeetupConsts.MinNearbyRadiusMeters,
        ["maxNearbyRadiusKilometers"] = MeetupConsts.MaxNearbyRadiusMeters / 1000,
        ["minSearchYear"] = MeetupConsts.MinSearchYear,
        ["maxSearchYear"] = MeetupConsts.MaxSearchYear,
        ["minNameLength"] = UserConsts.MinNameLength,
        ["maxNameLength"] = UserConsts.MaxNameLength,
        ["minNicknameLength"] = UserConsts.MinNicknameLength,
        ["maxNicknameLength"] = UserConsts.MaxNicknameLength,
        ["minPasswordLength"] = UserConsts.MinPasswordLength,
        ["maxPasswordLength"] = UserConsts.MaxPasswordLength,
        ["maxProfileImageUrlLength"] = UserConsts.MaxProfileImageUrlLength,
        ["maxStatusMessageLength"] = UserConsts.MaxStatusMessageLength,
        ["maxInterests"] = UserConsts.MaxInterests,
        ["minInterestLength"] = UserConsts.MinInterestLength,
        ["maxInterestLength"] = UserConsts.MaxInterestLength,
        ["maxLockDays"] = UserConsts.MaxLockDays,
        ["maxAdministrationReasonLength"] = UserConsts.MaxAdministrationReasonLength,
        ["maxUserSearchLength"] = UserConsts.MaxSearchLength,
        ["lockoutMinutes"] = (int)UserConsts.LockoutDuration.TotalMinutes,
        ["minMessageLength"] = ChatConsts.MinMessageLength,
        ["maxMessageLength"] = ChatConsts.MaxMessageLength,
        ["codeLength"] = VerificationConsts.CodeLength,
        ["ratingWindowDays"] = (int)RatingConsts.Window.TotalDays,
        ["maxReportTextLength"] = ReportConsts.MaxTextLength,
        ["maxReportNoteLength"] = ReportConsts.MaxNoteLength,
        ["maxReportLockDays"] = ReportConsts.MaxLockDays,
    };
}
