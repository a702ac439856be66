using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// Instants in requests need <c>Z</c> or an offset (a bare one would be read in the server's zone, so the same
/// request would mean different instants on different hosts); instants in answers are written in UTC with <c>Z</c>.
/// </summary>
public sealed class InstantHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    // Tomorrow 10:00 UTC, written three ways.
    private static readonly DateTimeOffset Start = new(DateTime.UtcNow.Date.AddDays(2).AddHours(10), TimeSpan.Zero);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Seoul(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Bare(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string MeetupJson(string start, string end) => JsonSerializer.Serialize(new
    {
        title = "오프셋 모임", maxMembers = 4, startTime = start, endTime = end, place = "여의도", latitude = 37.5, longitude = 127.0, tags = new[] { "러닝" },
    });

    [Fact]
    public async Task Start_And_End_With_Z_Or_An_Offset_Mean_The_Same_Instant_And_Come_Back_In_Utc()
    {
        var token = (await factory.SignUpAsync()).Tokens.AccessToken;

        foreach (var (start, end) in new[] { (Utc(Start), Utc(Start.AddHours(2))), (Seoul(Start), Seoul(Start.AddHours(2))) })
        {
            var (status, body) = await SendAsync(HttpMethod.Post, "api/app/meetups", MeetupJson(start, end), token);
            status.ShouldBe(200, body);
            using var meetup = JsonDocument.Parse(body);
            var startTime = meetup.RootElement.GetProperty("startTime").GetString()!;
            startTime.ShouldEndWith("Z", Case.Sensitive, $"{start} is written back in UTC");
            DateTimeOffset.Parse(startTime, CultureInfo.InvariantCulture).ShouldBe(Start);
            DateTimeOffset.Parse(meetup.RootElement.GetProperty("endTime").GetString()!, CultureInfo.InvariantCulture).ShouldBe(Start.AddHours(2));
            meetup.RootElement.GetProperty("creationTime").GetString()!.ShouldEndWith("Z");
        }
    }

    [Theory]
    [InlineData("start")]
    [InlineData("end")]
    [InlineData("both")]
    public async Task Start_Or_End_Without_An_Offset_Is_Refused_With_A_Field_Error(string which)
    {
        var token = (await factory.SignUpAsync()).Tokens.AccessToken;
        var start = which is "start" or "both" ? Bare(Start) : Utc(Start);
        var end = which is "end" or "both" ? Bare(Start.AddHours(2)) : Utc(Start.AddHours(2));
        var before = await factory.RowCountsAsync();

        var (status, body) = await SendAsync(HttpMethod.Post, "api/app/meetups", MeetupJson(start, end), token);

        status.ShouldBe(400, body);
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.TimeZoneOffsetRequired);
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        fields.ShouldContain(which == "end" ? "endTime" : "startTime", body);
        fields.ShouldNotContain("input", "the body parameter's echo of the real error is not sent");
        body.ShouldNotContain("System.");
        (await factory.RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_Edit_Without_An_Offset_Is_Refused()
    {
        var token = (await factory.SignUpAsync()).Tokens.AccessToken;
        var (_, created) = await SendAsync(HttpMethod.Post, "api/app/meetups", MeetupJson(Utc(Start), Utc(Start.AddHours(2))), token);
        var id = JsonDocument.Parse(created).RootElement.GetProperty("id").GetString();

        var (status, body) = await SendAsync(HttpMethod.Put, $"api/app/meetups/{id}", MeetupJson(Bare(Start.AddHours(1)), Utc(Start.AddHours(3))), token);

        status.ShouldBe(400, body);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.TimeZoneOffsetRequired);
        (await SendAsync(HttpMethod.Put, $"api/app/meetups/{id}", MeetupJson(Seoul(Start.AddHours(1)), Utc(Start.AddHours(3))), token)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Ghost_Until_Needs_An_Offset_And_Is_Written_In_Utc()
    {
        var token = (await factory.SignUpAsync()).Tokens.AccessToken;
        var until = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(3), TimeSpan.Zero);

        var (status, body) = await SendAsync(HttpMethod.Put, "api/app/profile/settings",
            JsonSerializer.Serialize(new { locationVisibility = "nobody", ghostUntil = Bare(until) }), token);
        status.ShouldBe(400, body);
        using (var problem = JsonDocument.Parse(body))
        {
            problem.RootElement.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.TimeZoneOffsetRequired);
            problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain("ghostUntil");
        }

        (status, body) = await SendAsync(HttpMethod.Put, "api/app/profile/settings",
            JsonSerializer.Serialize(new { locationVisibility = "nobody", ghostUntil = Seoul(until) }), token);
        status.ShouldBe(200, body);
        var written = JsonDocument.Parse(body).RootElement.GetProperty("settings").GetProperty("ghostUntil").GetString()!;
        written.ShouldEndWith("Z");
        DateTimeOffset.Parse(written, CultureInfo.InvariantCulture).ShouldBe(until);

        (status, body) = await SendAsync(HttpMethod.Put, "api/app/profile/settings",
            JsonSerializer.Serialize(new { locationVisibility = "nobody", ghostUntil = "not a date" }), token);
        status.ShouldBe(400, body);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.ValidationFailed);
    }

    private async Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, string json, string token)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await factory.CreateClient().SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
