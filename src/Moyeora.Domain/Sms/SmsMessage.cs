using Moyeora.Domain;

namespace Moyeora.Sms;

/// <summary>An SMS recorded by the development sender instead of being sent (the development outbox).</summary>
public sealed class SmsMessage : AggregateRoot
{
    public const int MaxTextLength = 500;

    private SmsMessage()
    {
    }

    public SmsMessage(Guid id, string phoneNumber, string text, DateTime now)
        : base(id)
    {
        PhoneNumber = phoneNumber;
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        CreationTime = now;
    }

    public string PhoneNumber { get; private set; } = null!;

    public string Text { get; private set; } = null!;
}

/// <summary>Sends text messages. Development records them in the outbox; production posts to a gateway.</summary>
public interface ISmsSender
{
    Task SendAsync(string phoneNumberE164, string text, CancellationToken cancellationToken = default);
}

public interface ISmsMessageRepository
{
    Task InsertAsync(SmsMessage message, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<SmsMessage> Items, int TotalCount)> GetPagedAsync(string? phoneNumber, int skip, int take, CancellationToken cancellationToken = default);
}
