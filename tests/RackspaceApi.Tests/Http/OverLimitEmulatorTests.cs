using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V1.Models;
using Autoscaler.RackspaceApi.V2;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.RackspaceApi.Tests.Http;

/// <summary>The emulator's documented rate limits (v1.0 POST * 10/min): 413 overLimit with retryAfter and Retry-After.</summary>
public sealed class OverLimitEmulatorTests
{
    [Fact]
    public async Task V1Create_EleventhPostInAMinute_WaitsRetryAfterThenSucceeds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V1, cloud => cloud.RateLimits.Enabled = true, client => client.MaxOverLimitWait = TimeSpan.FromMinutes(2), time);
        var client = session.Get<CloudServersV1Client>();
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value[0].Id;
        for (var i = 0; i < 10; i++)
        {
            await client.Servers.CreateAsync(new V1ServerCreateRequest { Name = $"rl-{i}", ImageId = image, FlavorId = flavor }, CancellationToken.None);
        }

        var started = time.GetUtcNow();
        var pending = client.Servers.CreateAsync(new V1ServerCreateRequest { Name = "rl-10", ImageId = image, FlavorId = flavor }, CancellationToken.None);
        await ResilienceTests.DriveClock(time, pending);
        var created = await pending;

        Assert.Equal("rl-10", created.Value.Name);
        Assert.True(time.GetUtcNow() - started >= TimeSpan.FromSeconds(1));
        var audit = session.Cloud.Model.GetAuditLog();
        Assert.Single(audit, e => e.StatusCode == 413);
        Assert.Equal(11, audit.Count(e => e.Method == "POST" && e.StatusCode == 202));
    }

    [Fact]
    public async Task V1Create_RetryAfterLongerThanAllowed_ThrowsOverLimitWithRetryAfter()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V1, cloud => cloud.RateLimits.Enabled = true, client => client.MaxOverLimitWait = TimeSpan.Zero, time);
        var client = session.Get<CloudServersV1Client>();
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value[0].Id;
        for (var i = 0; i < 10; i++)
        {
            await client.Servers.CreateAsync(new V1ServerCreateRequest { Name = $"rl-{i}", ImageId = image, FlavorId = flavor }, CancellationToken.None);
        }

        var fault = await Assert.ThrowsAsync<OverLimitException>(() =>
            client.Servers.CreateAsync(new V1ServerCreateRequest { Name = "rl-10", ImageId = image, FlavorId = flavor }, CancellationToken.None));

        Assert.Equal(413, fault.Code);
        Assert.Equal("overLimit", fault.FaultName);
        Assert.NotNull(fault.RetryAfter);
        Assert.InRange(fault.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task V2Read_InjectedServiceUnavailable_RetriedUntilSuccess()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2, configureClient: o => o.MaxReadRetries = 10);
        var client = session.Get<CloudServersV2Client>();
        await client.AuthenticateAsync(CancellationToken.None);
        session.Cloud.Model.Faults = session.Cloud.Model.Faults with
        {
            Operations = new Dictionary<string, Autoscaler.RackspaceEmulator.OperationFault>
            {
                ["ListFlavors"] = new() { ErrorRate = 0.5, StatusCode = 503 },
                ["ListServers"] = new() { ErrorRate = 0.5, StatusCode = 503 },
            },
        };

        for (var i = 0; i < 5; i++)
        {
            await client.Flavors.ListAsync(CancellationToken.None);
            await client.Servers.ListAsync(null, CancellationToken.None);
        }

        Assert.Contains(session.Cloud.Model.GetAuditLog(), e => e.StatusCode == 503);
    }

    [Fact]
    public async Task V2Create_InjectedServerError_SurfacesFaultAndIsNotRetried()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2, configureClient: o => o.MaxReadRetries = 5);
        var client = session.Get<CloudServersV2Client>();
        var image = (await client.Images.ListAsync(CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(CancellationToken.None)).Value[0].Id;
        session.Cloud.Model.Faults = session.Cloud.Model.Faults with
        {
            Operations = new Dictionary<string, Autoscaler.RackspaceEmulator.OperationFault> { ["CreateServer"] = new() { ErrorRate = 1.0, StatusCode = 500 } },
        };

        var fault = await Assert.ThrowsAsync<CloudServersFaultException>(() => client.Servers.CreateAsync(
            new Autoscaler.RackspaceApi.V2.Models.V2ServerCreateRequest { Name = "x", ImageRef = image, FlavorRef = flavor }, CancellationToken.None));

        Assert.Equal(500, (int)fault.StatusCode);
        Assert.Single(session.Cloud.Model.GetAuditLog(), e => e.Method == "POST" && e.Path.EndsWith("/servers", StringComparison.Ordinal));
    }
}
