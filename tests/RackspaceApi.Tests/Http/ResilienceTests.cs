using System.Net;
using System.Net.Http.Headers;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V2;
using Autoscaler.RackspaceApi.V2.Models;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.RackspaceApi.Tests.Http;

public sealed class ResilienceTests
{
    private static readonly V2ServerCreateRequest Create = new() { Name = "web-1", ImageRef = "img", FlavorRef = "2" };

    [Fact]
    public async Task Read_ServiceUnavailableThenOk_RetriedAndSucceeds()
    {
        var attempts = 0;
        var cloud = new FakeV2Cloud(_ => Interlocked.Increment(ref attempts) == 1
            ? FakeCloudHandler.Json(HttpStatusCode.ServiceUnavailable, """{"serviceUnavailable":{"code":503,"message":"busy"}}""")
            : FakeCloudHandler.Json(HttpStatusCode.OK, V2Samples.ServerDetail));
        using var host = cloud.Host();

        var server = await host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None);

        Assert.Equal("ACTIVE", server.Value.Status);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Read_AlwaysFailing_GivesUpAfterConfiguredRetries()
    {
        var cloud = new FakeV2Cloud(_ => FakeCloudHandler.Json(HttpStatusCode.InternalServerError, """{"computeFault":{"code":500,"message":"boom"}}"""));
        using var host = cloud.Host(o => o.MaxReadRetries = 3);

        var fault = await Assert.ThrowsAsync<CloudServersFaultException>(
            () => host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None));

        Assert.Equal(4, cloud.Handler.To("/servers/x").Count);
        Assert.Equal("boom", fault.FaultMessage);
    }

    [Fact]
    public async Task Create_ServiceUnavailable_NeverRetried()
    {
        var cloud = new FakeV2Cloud(_ => FakeCloudHandler.Json(HttpStatusCode.ServiceUnavailable, """{"serviceUnavailable":{"code":503,"message":"busy"}}"""));
        using var host = cloud.Host(o => o.MaxReadRetries = 3);

        await Assert.ThrowsAsync<ServiceUnavailableException>(
            () => host.Get<CloudServersV2Client>().Servers.CreateAsync(Create, CancellationToken.None));

        Assert.Single(cloud.Handler.Requests, r => r.Method == "POST" && r.Uri.AbsolutePath.EndsWith("/servers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ConnectionRefused_NeverRetriedAndReportsConnectionFailure()
    {
        var posts = 0;
        var cloud = new FakeV2Cloud(r =>
        {
            Interlocked.Increment(ref posts);
            throw new HttpRequestException("Connection refused");
        });
        using var host = cloud.Host(o => o.MaxReadRetries = 3);

        var failure = await Assert.ThrowsAsync<RackspaceConnectionException>(
            () => host.Get<CloudServersV2Client>().Servers.CreateAsync(Create, CancellationToken.None));

        Assert.Equal(1, posts);
        Assert.Equal(Events.RackspaceEventType.ConnectionClosedWithoutResponse, failure.EventType);
        Assert.Contains(host.Observer.Records, r => r.Operation == "CreateServer" && r.EventType == Events.RackspaceEventType.ConnectionClosedWithoutResponse);
    }

    [Fact]
    public async Task Create_OverLimitWithRetryAfterHeader_WaitsThenResends()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var seenAt = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        var cloud = new FakeV2Cloud(_ =>
        {
            seenAt.Enqueue(time.GetUtcNow());
            if (seenAt.Count > 1)
            {
                return FakeCloudHandler.Json(HttpStatusCode.Accepted, V2Samples.CreatedServer);
            }

            var response = FakeCloudHandler.Json(
                HttpStatusCode.RequestEntityTooLarge, """{"overLimit":{"code":413,"message":"OverLimit Retry...","retryAfter":"2026-01-01T00:00:30Z"}}""");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30));
            return response;
        });
        using var host = cloud.Host(timeProvider: time);

        var pending = host.Get<CloudServersV2Client>().Servers.CreateAsync(Create, CancellationToken.None);
        await DriveClock(time, pending);
        var created = await pending;

        var attempts = seenAt.ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(30), $"resent after {attempts[1] - attempts[0]}");
        Assert.Equal("ef08aa7a-b5e4-4bb8-86df-5ac56230f841", created.Value.Id);
    }

    [Fact]
    public async Task Read_OverLimitRetryAfterInBodyOnly_HonoursBodyTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var seenAt = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        var cloud = new FakeV2Cloud(_ =>
        {
            seenAt.Enqueue(time.GetUtcNow());
            return seenAt.Count > 1
                ? FakeCloudHandler.Json(HttpStatusCode.OK, V2Samples.ServerDetail)
                : FakeCloudHandler.Json(HttpStatusCode.RequestEntityTooLarge,
                    """{"overLimit":{"code":413,"message":"OverLimit Retry...","details":"Error Details...","retryAfter":"2026-01-01T00:00:10Z"}}""");
        });
        using var host = cloud.Host(timeProvider: time);

        var pending = host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None);
        await DriveClock(time, pending);
        await pending;

        var attempts = seenAt.ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(10), $"resent after {attempts[1] - attempts[0]}");
    }

    [Fact]
    public async Task Call_OverLimitLongerThanMaxWait_ThrowsWithRetryAfter()
    {
        var cloud = new FakeV2Cloud(_ =>
        {
            var response = FakeCloudHandler.Json(HttpStatusCode.RequestEntityTooLarge,
                """{"overLimit":{"code":413,"message":"OverLimit Retry...","details":"Error Details..."}}""");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10));
            return response;
        });
        using var host = cloud.Host(o => o.MaxOverLimitWait = TimeSpan.FromMinutes(1));

        var fault = await Assert.ThrowsAsync<OverLimitException>(
            () => host.Get<CloudServersV2Client>().Servers.CreateAsync(Create, CancellationToken.None));

        Assert.Equal(TimeSpan.FromMinutes(10), fault.RetryAfter);
        Assert.Equal(413, fault.Code);
        Assert.Equal("Error Details...", fault.Details);
        Assert.Single(cloud.Handler.To("/servers"));
    }

    /// <summary>Advances the fake clock a second at a time until the call completes (bounded); the assertions use fake time only.</summary>
    internal static async Task DriveClock(FakeTimeProvider time, Task pending)
    {
        for (var step = 0; step < 300 && !pending.IsCompleted; step++)
        {
            await Task.WhenAny(pending, Task.Delay(5));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(pending.IsCompleted, "the call did not complete within 300 s of fake time");
    }
}
