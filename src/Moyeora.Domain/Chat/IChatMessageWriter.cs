using Moyeora.ExceptionHandling;

namespace Moyeora.Chat;

/// <summary>
/// Stores members' chat messages by group commit: messages sent at the same time are inserted together, in one
/// transaction and one round trip, and each sender is answered only once its batch committed (the message then has
/// its id and has been handed to live delivery). Messages of one room are written in the order they were taken, so
/// their ids — the room's order — follow it. A node holds a bounded number of unsent messages: past that it refuses
/// with <see cref="MoyeoraErrorCodes.ChatBusy"/> at once instead of queueing without end.
/// </summary>
public interface IChatMessageWriter
{
    /// <summary>
    /// Stores <paramref name="message"/> with whatever else is waiting. Throws <see cref="MoyeoraErrorCodes.ChatBusy"/>
    /// (nothing stored) when the node or the room has too many messages waiting; if its batch fails, the batch's error
    /// (nothing of the batch was stored).
    /// </summary>
    Task WriteAsync(ChatMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Limits of the chat writer (<c>Chat:*</c> settings); see README "Chat throughput and back-pressure".</summary>
public sealed class ChatWriteOptions
{
    /// <summary>Messages waiting or being written on this node, all rooms together, before new ones are refused.</summary>
    public int MaxPendingMessages { get; set; } = 4096;

    /// <summary>Messages waiting or being written for one room on this node before new ones to it are refused.</summary>
    public int MaxPendingPerRoom { get; set; } = 512;

    /// <summary>Most messages in one batch (one transaction).</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>Independent writers; a room always goes to the same one (its order), rooms are spread over them.</summary>
    public int Writers { get; set; } = 4;

    /// <summary>The retry hint sent with <see cref="MoyeoraErrorCodes.ChatBusy"/>.</summary>
    public int RetryAfterMilliseconds { get; set; } = 500;

    public static BusinessException Busy(int retryAfterMilliseconds) =>
        new BusinessException(MoyeoraErrorCodes.ChatBusy, ErrorKind.RateLimited)
            .WithDetail("retryAfterMs", retryAfterMilliseconds)
            .WithDetail("retryAfterSeconds", Math.Max(1, (int)Math.Ceiling(retryAfterMilliseconds / 1000.0)));
}
