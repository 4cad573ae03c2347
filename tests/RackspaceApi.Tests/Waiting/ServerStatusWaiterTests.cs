using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Waiting;
using Autoscaler.RackspaceApi.Tests.TestSupport;

namespace Autoscaler.RackspaceApi.Tests.Waiting;

public sealed class ServerStatusWaiterTests
{
    private static readonly ServerWaitOptions Options = new()
    {
        InitialPollInterval = TimeSpan.FromSeconds(2),
        MaxPollInterval = TimeSpan.FromSeconds(8),
        BackoffFactor = 2,
        ConfirmationInterval = TimeSpan.FromSeconds(1),
        RequiredConfirmations = 3,
        Timeout = TimeSpan.FromMinutes(5),
    };

    [Fact]
    public async Task Wait_TransientlyWrongActive_RequiresConsecutiveConfirmations()
    {
        var time = new SteppingTimeProvider();
        var statuses = new Queue<string>(["BUILD", "ACTIVE", "BUILD", "ACTIVE", "ACTIVE", "ACTIVE"]);
        var polls = 0;

        var result = await Run(time, Options, () =>
        {
            polls++;
            return statuses.Dequeue();
        });

        Assert.Equal("ACTIVE", result);
        Assert.Equal(6, polls);
    }

    [Fact]
    public async Task Wait_PollsWithGrowingBackoffUpToMax()
    {
        var time = new SteppingTimeProvider();
        var pollTimes = new List<TimeSpan>();
        var start = time.GetUtcNow();
        var remaining = 5;

        await Run(time, Options with { RequiredConfirmations = 1 }, () =>
        {
            pollTimes.Add(time.GetUtcNow() - start);
            return remaining-- > 0 ? "BUILD" : "ACTIVE";
        });

        Assert.Equal([0, 2, 6, 14, 22, 30], pollTimes.Select(t => (int)t.TotalSeconds));
    }

    [Fact]
    public async Task Wait_ErrorStatus_ThrowsServerErrorState()
    {
        var time = new SteppingTimeProvider();
        var statuses = new Queue<string>(["BUILD", "ERROR"]);

        var error = await Assert.ThrowsAsync<ServerErrorStateException>(() => Run(time, Options, () => statuses.Dequeue()));

        Assert.Equal("ERROR", error.Status);
        Assert.Equal("s-1", error.ServerId);
    }

    [Fact]
    public async Task Wait_ServerVanishes_WhileWaitingForActive_ThrowsDeleted()
    {
        var time = new SteppingTimeProvider();

        var error = await Assert.ThrowsAsync<ServerErrorStateException>(() => Run(time, Options, () => null));

        Assert.Equal("DELETED", error.Status);
    }

    [Fact]
    public async Task Wait_ServerGone_WhenWaitingForDeleted_ReturnsAtOnce()
    {
        var time = new SteppingTimeProvider();
        var waiter = new ServerStatusWaiter(time);
        var polls = 0;

        var result = await waiter.WaitAsync<string>(
            "s-1", [ServerStatuses.Deleted], Options,
            _ =>
            {
                polls++;
                return Task.FromResult<(string?, string)>((null, ServerStatuses.Deleted));
            },
            CancellationToken.None);

        Assert.Null(result);
        Assert.Equal(1, polls);
    }

    [Fact]
    public async Task Wait_NeverReached_TimesOutNamingLastStatus()
    {
        var time = new SteppingTimeProvider();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Run(time, Options with { Timeout = TimeSpan.FromSeconds(30) }, () => "BUILD"));

        Assert.Contains("last status BUILD", error.Message, StringComparison.Ordinal);
        Assert.Contains("s-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_Cancelled_ThrowsOperationCanceled()
    {
        var time = new SteppingTimeProvider();
        using var cancel = new CancellationTokenSource();
        var waiter = new ServerStatusWaiter(time);
        var pending = waiter.WaitAsync<string>(
            "s-1", [ServerStatuses.Active], Options, _ => Task.FromResult<(string?, string)>(("s", "BUILD")), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    /// <summary>Runs a wait whose poll answers from <paramref name="status"/> (null = not found), advancing the fake clock as it sleeps.</summary>
    private static async Task<string?> Run(SteppingTimeProvider time, ServerWaitOptions options, Func<string?> status)
    {
        var waiter = new ServerStatusWaiter(time);
        var pending = waiter.WaitAsync<string>(
            "s-1", [ServerStatuses.Active], options,
            _ =>
            {
                var current = status();
                return Task.FromResult<(string?, string)>(current is null ? (null, ServerStatuses.Deleted) : (current, current));
            },
            CancellationToken.None);
        await time.RunUntilAsync(pending);
        return await pending;
    }
}
