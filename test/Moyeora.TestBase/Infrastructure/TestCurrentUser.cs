using Moyeora.Domain;

namespace Moyeora.TestBase.Infrastructure;

/// <summary>Who the test is acting as; flows with the async context so parallel tests do not mix.</summary>
public sealed class TestCurrentUser : ICurrentUser, ICurrentClient
{
    private static readonly AsyncLocal<Guid?> CurrentId = new();
    private static readonly AsyncLocal<string?> CurrentIp = new();

    public Guid? Id => CurrentId.Value;

    public string? IpAddress => CurrentIp.Value;

    public static IDisposable Change(Guid? userId, string? ipAddress = null)
    {
        var previousId = CurrentId.Value;
        var previousIp = CurrentIp.Value;
        CurrentId.Value = userId;
        CurrentIp.Value = ipAddress ?? previousIp;
        return new Restore(() =>
        {
            CurrentId.Value = previousId;
            CurrentIp.Value = previousIp;
        });
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
