using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Account;
using Moyeora.Chat;
using Moyeora.Meetups;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Application.Tests;

/// <summary>Helpers that drive the real application services the way a client would.</summary>
public abstract partial class ApplicationTestBase(DatabaseFixture db)
{
    protected DatabaseFixture Db { get; } = db;

    protected IAccountAppService Account => Db.Service<IAccountAppService>();

    [GeneratedRegex(@"\[(\d{6})\]")]
    private static partial Regex CodePattern();

    /// <summary>The code in the newest SMS to this phone, read from the development outbox.</summary>
    protected async Task<string?> LastCodeSentToAsync(string phone)
    {
        var e164 = PhoneNumber.Normalize(phone);
        var text = await Db.WithDbAsync(db => db.OutboxMessages.Where(m => m.Channel == Moyeora.Outbound.OutboundChannel.Sms && m.Recipient == e164)
            .OrderByDescending(m => m.CreationTime).Select(m => m.Text).FirstOrDefaultAsync());
        return text is null ? null : CodePattern().Match(text) is { Success: true } match ? match.Groups[1].Value : null;
    }

    protected Task<int> SmsCountAsync(string phone)
    {
        var e164 = PhoneNumber.Normalize(phone);
        return Db.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Channel == Moyeora.Outbound.OutboundChannel.Sms && m.Recipient == e164));
    }

    protected async Task<string> VerifyPhoneAsync(string phone, VerificationPurpose purpose = VerificationPurpose.SignUp)
    {
        await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = purpose });
        var code = await LastCodeSentToAsync(phone) ?? throw new InvalidOperationException("No code was sent.");
        var token = await Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = purpose, Code = code });
        return token.VerificationToken;
    }

    protected async Task<(string Phone, string Password, AuthTokensDto Tokens)> SignUpAsync(string? nickname = null)
    {
        var phone = TestData.NewPhone();
        var password = "secret-pass-1";
        var token = await VerifyPhoneAsync(phone);
        var tokens = await Account.RegisterAsync(new RegisterDto
        {
            VerificationToken = token,
            Name = "테스트",
            Nickname = nickname ?? TestData.NewNickname(),
            Password = password,
            Interests = ["등산"],
        });
        return (phone, password, tokens);
    }

    protected IMeetupAppService Meetups => Db.Service<IMeetupAppService>();

    protected IChatAppService Chat => Db.Service<IChatAppService>();

    protected DateTimeOffset In(TimeSpan offset) => Db.Clock.GetUtcNow() + offset;

    protected CreateMeetupDto NewMeetupInput(int maxMembers = 4, string title = "한강 러닝", double lat = 37.5, double lng = 127.0, string[]? tags = null, TimeSpan? startsIn = null)
    {
        var start = In(startsIn ?? TimeSpan.FromDays(1));
        return new CreateMeetupDto
        {
            Title = title,
            Description = "같이 뛰어요",
            MaxMembers = maxMembers,
            StartTime = start,
            EndTime = start.AddHours(2),
            Place = "여의도 한강공원",
            Latitude = lat,
            Longitude = lng,
            Tags = (tags ?? ["러닝"]).ToList(),
        };
    }

    /// <summary>Creates a meetup hosted by a new user; returns it with the host's id.</summary>
    protected async Task<(MeetupDto Meetup, Guid HostId)> HostMeetupAsync(CreateMeetupDto? input = null)
    {
        var (_, _, host) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(host.UserId);
        return (await Meetups.CreateAsync(input ?? NewMeetupInput()), host.UserId);
    }

    /// <summary>A new active user, inserted directly (fast) when no sign-in is needed.</summary>
    protected async Task<Guid> NewUserAsync(string? phone = null, string? nickname = null, Action<User>? configure = null)
    {
        var user = new User(Guid.NewGuid(), PhoneNumber.Normalize(phone ?? TestData.NewPhone()), "테스트", nickname ?? TestData.NewNickname(), Db.Clock.GetUtcNow().UtcDateTime);
        user.SetPasswordHash("not-used", isChange: false);
        configure?.Invoke(user);
        await using var scope = Db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IUserRepository>().InsertAsync(user);
        await scope.ServiceProvider.GetRequiredService<Moyeora.Domain.IUnitOfWork>().SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Makes two users friends through the real request flow.</summary>
    protected async Task MakeFriendsAsync(Guid a, Guid b)
    {
        var friends = Db.Service<Moyeora.Friends.IFriendAppService>();
        using (DatabaseFixture.ActAs(a))
        {
            await friends.SendRequestAsync(new Moyeora.Friends.SendFriendRequestDto { UserId = b });
        }

        using (DatabaseFixture.ActAs(b))
        {
            (await friends.SendRequestAsync(new Moyeora.Friends.SendFriendRequestDto { UserId = a })).Friends.ShouldBeTrue();
        }
    }

    protected static void ShouldHaveCode(BusinessException exception, string code, ErrorKind kind)
    {
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
    }
}
