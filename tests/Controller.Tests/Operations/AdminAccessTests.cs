using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using V1 = Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>With the admin token required, reads and writes alike need it, over REST and gRPC; health stays open.</summary>
public sealed class AdminAccessTests(GuardedOperationsHost host) : IClassFixture<GuardedOperationsHost>
{
    [Theory]
    [InlineData("/api/v1/fleets")]
    [InlineData("/api/v1/fleets/demo/servers")]
    [InlineData("/metrics")]
    public async Task Get_WithoutToken_Returns401(string path)
    {
        using var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Post_WithWrongToken_Returns401AndChangesNothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/fleets/demo/pause") { Content = new StringContent("{}") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-at-all-0000");

        using var response = await host.Http.SendAsync(request);
        var fleet = await new AdminClient(host.Grpc, GuardedOperationsHost.Token).GetFleetAsync(new V1.GetFleetRequest { Fleet = "demo" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(fleet.Paused);
    }

    [Fact]
    public async Task Get_WithToken_Returns200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/fleets");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GuardedOperationsHost.Token);

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/")]
    [InlineData("/dashboard.js")]
    public async Task Get_OpenPathWithoutToken_IsNotRefused(string path)
    {
        using var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Grpc_WithoutToken_FailsUnauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => new AdminClient(host.Grpc).ListFleetsAsync(new V1.ListFleetsRequest()));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task Grpc_WithToken_Succeeds()
    {
        var response = await new AdminClient(host.Grpc, GuardedOperationsHost.Token).ListFleetsAsync(new V1.ListFleetsRequest());

        Assert.Equal("demo", Assert.Single(response.Fleets).Name);
    }

    [Fact]
    public async Task Logs_AfterRefusedAndAcceptedRequests_NeverContainTheToken()
    {
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/v1/fleets"))
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GuardedOperationsHost.Token + "x");
            using var _ = await host.Http.SendAsync(wrong);
        }

        using (var right = new HttpRequestMessage(HttpMethod.Get, "/api/v1/fleets"))
        {
            right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GuardedOperationsHost.Token);
            using var _ = await host.Http.SendAsync(right);
        }

        Assert.Contains(host.Logs, l => l.Contains("wrong bearer token", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, l => l.Contains(GuardedOperationsHost.Token, StringComparison.Ordinal));
    }
}
