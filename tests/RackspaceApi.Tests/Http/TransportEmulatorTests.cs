using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V2;

namespace Autoscaler.RackspaceApi.Tests.Http;

/// <summary>Transport behaviour over real HTTP: cached 203 answers, lost connections, cancellation.</summary>
public sealed class TransportEmulatorTests
{
    [Fact]
    public async Task V1List_CachedAnswer_Is203WithLastModified()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V1, cloud => cloud.Faults = cloud.Faults with { CachedResponseRate = 1.0 });

        var images = await session.Get<CloudServersV1Client>().Images.ListAsync(null, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success203, images.EventType);
        Assert.NotNull(images.LastModified);
        Assert.NotEmpty(images.Value);
    }

    [Fact]
    public async Task Call_CloudGone_ConnectionFailureAfterReadRetries()
    {
        var session = await EmulatorSession.StartAsync(RackspaceDialect.V2, configureClient: o => o.MaxReadRetries = 2);
        var client = session.Get<CloudServersV2Client>();
        await client.AuthenticateAsync(CancellationToken.None);
        await session.Cloud.DisposeAsync();

        var failure = await Assert.ThrowsAsync<RackspaceConnectionException>(() => client.Flavors.ListAsync(CancellationToken.None));

        Assert.Equal(RackspaceEventType.ConnectionClosedWithoutResponse, failure.EventType);
        Assert.Contains("ListFlavors", failure.Message, StringComparison.Ordinal);
        Assert.Contains(session.Host.Observer.Records, r => r.Operation == "ListFlavors" && r.StatusCode is null && r.Error == failure);
        session.Host.Dispose();
    }

    [Fact]
    public async Task Read_AttemptTimesOut_RetriedThenReportsTimeout()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V2, configureClient: o =>
            {
                o.MaxReadRetries = 1;
                o.RequestTimeout = TimeSpan.FromSeconds(1.5);
            });
        var client = session.Get<CloudServersV2Client>();
        await client.AuthenticateAsync(CancellationToken.None);
        session.Cloud.Model.Faults = session.Cloud.Model.Faults with { Latency = TimeSpan.FromSeconds(5) };

        var failure = await Assert.ThrowsAsync<RackspaceConnectionException>(() => client.Flavors.ListAsync(CancellationToken.None));

        // The emulator records an aborted request once it notices the abort; wait for that (bounded) before counting.
        for (var i = 0; i < 100 && CountListFlavors(session) < 2; i++)
        {
            await Task.Delay(20);
        }

        Assert.Contains("timed out", failure.Message, StringComparison.Ordinal);
        Assert.Single(session.Host.Observer.Records, r => r.Operation == "ListFlavors");
        Assert.Equal(2, CountListFlavors(session));
        session.Cloud.Model.Faults = session.Cloud.Model.Faults with { Latency = TimeSpan.Zero };
    }

    [Fact]
    public async Task Authenticate_NothingListening_FailsClearlyAsConnectionFailure()
    {
        using var host = TestHost.Create(o =>
        {
            o.Dialect = RackspaceDialect.V1;
            o.IdentityUrl = new Uri("http://127.0.0.1:9/v1.0");
            o.Username = "u";
            o.ApiKey = "k";
            o.MaxReadRetries = 0;
        });

        var failure = await Assert.ThrowsAsync<RackspaceAuthenticationException>(
            () => host.Get<CloudServersV1Client>().Servers.ListAsync(null, CancellationToken.None));

        Assert.Equal(RackspaceEventType.ConnectionClosedWithoutResponse, failure.EventType);
        Assert.Contains("http://127.0.0.1:9/v1.0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_CancelledWhileCloudIsSlow_ThrowsOperationCanceled()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        await client.AuthenticateAsync(CancellationToken.None);
        session.Cloud.Model.Faults = session.Cloud.Model.Faults with { Latency = TimeSpan.FromSeconds(30) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Servers.ListAsync(null, cancel.Token));

        Assert.DoesNotContain(session.Host.Observer.Records, r => r.Operation == "ListServers" && r.Error is RackspaceConnectionException);
    }

    private static int CountListFlavors(EmulatorSession session) =>
        session.Cloud.Model.GetAuditLog().Count(e => e.Method == "GET" && e.Path.EndsWith("/flavors", StringComparison.Ordinal));
}
