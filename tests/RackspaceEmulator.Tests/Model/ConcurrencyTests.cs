using System.Collections.Concurrent;
using System.Net;

namespace Autoscaler.RackspaceEmulator.Tests.Model;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task CreateServer_ManyInParallel_GetDistinctIdsAndOneEventPerTransition()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RateLimits.Enabled = false);
        var (token, url) = await cloud.LoginV2Async();
        var events = new ConcurrentQueue<ServerStatusChangedEventArgs>();
        cloud.Model.ServerStatusChanged += (_, e) => events.Enqueue(e);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody($"par-{i}")));
            return (response.StatusCode, Id: (string)(await TestCloud.ReadJsonAsync(response))["server"]!["id"]!);
        }));
        cloud.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(40, responses.Select(r => r.Id).Distinct().Count());
        Assert.Equal(40, cloud.Model.GetServers().Select(s => s.LegacyId).Distinct().Count());
        var byServer = events.GroupBy(e => e.ServerId).ToList();
        Assert.Equal(40, byServer.Count);
        Assert.All(byServer, g => Assert.Equal(["BUILD", "ACTIVE"], g.Select(e => e.NewStatus)));
    }
}
