using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Moyeora.Localization;

namespace Moyeora.Domain.Tests.Localization;

/// <summary>Every error code is worded in Korean and English, and the resources hold nothing else.</summary>
public sealed partial class ErrorResources_Tests
{
    private static readonly ResourceManager Resources = new(typeof(MoyeoraResource));

    private static readonly CultureInfo Korean = new("ko");
    private static readonly CultureInfo English = new("en");

    /// <summary>Values the throw sites and the host give with an error (its details), which a message may name.</summary>
    private static readonly HashSet<string> DetailNames =
    [
        "retryAfterSeconds", "retryAfterMs", "lockedUntil", "memberCount", "name", "permission", "allowed", "maxLatitude", "minMeters", "maxKilometers",
    ];

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in AllCodes())
        {
            data.Add(code);
        }

        return data;
    }

    [Fact]
    public void The_Codes_Are_Found_By_Reflection()
    {
        AllCodes().Count.ShouldBeGreaterThanOrEqualTo(100);
        AllCodes().ShouldContain(MoyeoraErrorCodes.MeetupFull);
        AllCodes().ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_Code_Has_A_Korean_And_An_English_Message(string code)
    {
        var korean = Resources.GetString(code, Korean);
        var english = Resources.GetString(code, English);

        korean.ShouldNotBeNullOrWhiteSpace(code);
        english.ShouldNotBeNullOrWhiteSpace(code);
        english.ShouldNotBe(korean, code);
        HasHangul(korean).ShouldBeTrue($"{code}: {korean}");
        HasHangul(english).ShouldBeFalse($"{code}: {english}");
    }

    [Fact]
    public void Korean_Is_The_Neutral_Language_And_Other_Cultures_Fall_Back_To_It()
    {
        Resources.GetString(MoyeoraErrorCodes.MeetupFull, CultureInfo.InvariantCulture).ShouldBe(Resources.GetString(MoyeoraErrorCodes.MeetupFull, Korean));
        Resources.GetString(MoyeoraErrorCodes.MeetupFull, new CultureInfo("fr")).ShouldBe(Resources.GetString(MoyeoraErrorCodes.MeetupFull, Korean));
        Resources.GetString(MoyeoraErrorCodes.MeetupFull, new CultureInfo("en-US")).ShouldBe(Resources.GetString(MoyeoraErrorCodes.MeetupFull, English));
    }

    [Fact]
    public void No_Resource_Key_Is_Orphaned_And_Both_Languages_Have_The_Same_Keys()
    {
        var korean = Keys(CultureInfo.InvariantCulture);
        var english = Keys(English);
        english.Keys.ShouldBe(korean.Keys, ignoreOrder: true);

        var codes = AllCodes().ToHashSet(StringComparer.Ordinal);
        foreach (var key in korean.Keys)
        {
            var match = KeyPattern().Match(key);
            match.Success.ShouldBeTrue($"'{key}' is neither Moyeora:Code, Moyeora:Code.field nor Title:status");
            if (match.Groups["code"].Success)
            {
                codes.ShouldContain(match.Groups["code"].Value, $"'{key}' belongs to no error code");
            }
        }
    }

    [Fact]
    public void Every_Field_And_Title_Message_Is_In_Both_Languages_Too()
    {
        var korean = Keys(CultureInfo.InvariantCulture);
        var english = Keys(English);
        foreach (var (key, text) in korean)
        {
            HasHangul(text).ShouldBeTrue($"{key}: {text}");
            HasHangul(english[key]).ShouldBeFalse($"{key}: {english[key]}");
            english[key].ShouldNotBe(text, key);
        }
    }

    [Fact]
    public void Placeholders_Are_Alike_In_Both_Languages_And_Name_A_Limit_Or_A_Detail()
    {
        var korean = Keys(CultureInfo.InvariantCulture);
        var english = Keys(English);
        foreach (var (key, text) in korean)
        {
            var names = Placeholders(text);
            Placeholders(english[key]).ShouldBe(names, ignoreOrder: true, customMessage: key);
            foreach (var name in names)
            {
                (MessageArguments.Limits.ContainsKey(name) || DetailNames.Contains(name)).ShouldBeTrue($"{key}: {{{name}}} is neither a limit nor a detail");
            }
        }
    }

    [Fact]
    public void The_Readme_Lists_Every_Code_With_Its_Messages()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Moyeora.sln")))
        {
            folder = folder.Parent;
        }

        folder.ShouldNotBeNull("the repository root (Moyeora.sln) is above the test's folder");
        var readme = File.ReadAllText(Path.Combine(folder.FullName, "README.md"));
        var listed = ReadmeRow().Matches(readme).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Replace("\\|", "|", StringComparison.Ordinal), StringComparer.Ordinal);
        foreach (var code in AllCodes())
        {
            listed.ShouldContainKey(code, $"README's error-code table lacks {code}");
            listed[code].ShouldBe(Resources.GetString(code, English), $"README's meaning of {code} differs from MoyeoraResource.en.resx");
        }

        listed.Keys.Except(AllCodes()).ShouldBeEmpty("README's error-code table lists codes that no longer exist");
    }

    [GeneratedRegex(@"^\| `(Moyeora:\w+)` \| (.*?) \| [^|\n]*(?:\\\|[^|\n]*)* \|$", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();

    private static List<string> AllCodes() =>
        typeof(MoyeoraErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    private static Dictionary<string, string> Keys(CultureInfo culture)
    {
        // Only the resources of that culture itself (the neutral ones are Korean).
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false).ShouldNotBeNull(culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static List<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

    private static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F');

    [GeneratedRegex(@"^(?:(?<code>Moyeora:[A-Za-z]+)(?:\.[a-z][A-Za-z]*)?|Title:[1-5][0-9]{2})$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PlaceholderPattern();
}
