namespace Moyeora.Outbound;

/// <summary>Where a message leaves the product for (spec §6: "SMS, push, webhook").</summary>
public enum OutboundChannel
{
    /// <summary>A text message to an E.164 phone number.</summary>
    Sms = 1,

    /// <summary>A push notification to a user's devices, by user id (the push gateway knows the devices).</summary>
    Push = 2,

    /// <summary>An event posted to the operator's webhook endpoint.</summary>
    Webhook = 3,
}

public static class OutboundConsts
{
    public const int MaxRecipientLength = 100;
    public const int MaxTextLength = 1000;
    public const int MaxPayloadLength = 4000;
}
