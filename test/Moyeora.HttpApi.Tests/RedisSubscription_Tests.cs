using Microsoft.Extensions.Logging.Abstractions;
using Moyeora.Hosting;
using Moyeora.TestBase.Servers;

namespace Moyeora.HttpApi.Tests;

/// <summary>What the live bus and the replicated geo store rely on: another node's messages are handled one at a time, in publication order.</summary>
public sealed class RedisSubscription_Tests : IAsyncLifetime
{
    private RedisConnection _redis = null!;
    private readonly string _channel = "test:subscription:" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync() => _redis = new RedisConnection((await RedisServer.GetAsync()).Configuration);

    [Fact]
    public async Task Messages_From_Another_Node_Arrive_In_Order_One_At_A_Time_And_The_Echo_Is_Ignored()
    {
        var (sender, receiver) = (new Node(_redis, _channel), new Node(_redis, _channel));
        await sender.StartAndWaitAsync();
        await receiver.StartAndWaitAsync();
        try
        {
            const int count = 2000;
            // Sent without waiting for each reply, as a busy node does.
            await Task.WhenAll(Enumerable.Range(0, count).Select(i => sender.SendAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            for (var i = 0; i < 200 && receiver.Count < count; i++)
            {
                await Task.Delay(50);
            }

            receiver.Received.ShouldBe(Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            receiver.Overlapped.ShouldBeFalse();
            sender.Count.ShouldBe(0, "a node ignores its own echo");
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
            await receiver.StopAsync(CancellationToken.None);
        }
    }

    public Task DisposeAsync()
    {
        _redis.Dispose();
        return Task.CompletedTask;
    }

    private sealed class Node(RedisConnection redis, string channel) : RedisSubscription(redis, NullLogger.Instance)
    {
        private readonly List<string> _received = [];
        private int _inside;

        protected override string Channel => channel;

        public bool Overlapped { get; private set; }

        public int Count
        {
            get
            {
                lock (_received)
                {
                    return _received.Count;
                }
            }
        }

        public IReadOnlyList<string> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public Task<bool> SendAsync(string payload) => PublishAsync(payload);

        public async Task StartAndWaitAsync()
        {
            await StartAsync(CancellationToken.None);
            for (var i = 0; i < 100 && !IsSubscribed; i++)
            {
                await Task.Delay(50);
            }

            IsSubscribed.ShouldBeTrue();
        }

        protected override void OnMessage(string payload)
        {
            if (Interlocked.Increment(ref _inside) > 1)
            {
                Overlapped = true;
            }

            Thread.SpinWait(200); // long enough for a second concurrent call to overlap, if there were one
            lock (_received)
            {
                _received.Add(payload);
            }

            Interlocked.Decrement(ref _inside);
        }
    }
}
