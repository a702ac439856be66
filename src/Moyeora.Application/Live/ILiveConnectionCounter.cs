namespace Moyeora.Live;

/// <summary>How many live connections this node holds open (the host's live hub keeps them).</summary>
public interface ILiveConnectionCounter
{
    int Count { get; }
}
