using System.Net;
using System.Text.Json;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V2;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.RackspaceApi.Tests.Identity;

public sealed class IdentityV2Tests
{
    [Fact]
    public async Task Authenticate_ApiKey_PostsRaxKskeyCredentialsAndParsesCatalog()
    {
        var cloud = new FakeV2Cloud();
        using var host = cloud.Host();

        var identity = await host.Get<CloudServersV2Client>().AuthenticateAsync(CancellationToken.None);

        var request = Assert.Single(cloud.Handler.To("/v2.0/tokens"));
        Assert.Equal("POST", request.Method);
        using var body = JsonDocument.Parse(request.Body!);
        var credentials = body.RootElement.GetProperty("auth").GetProperty("RAX-KSKEY:apiKeyCredentials");
        Assert.Equal("jsmith", credentials.GetProperty("username").GetString());
        Assert.Equal(V2Samples.ApiKey, credentials.GetProperty("apiKey").GetString());
        Assert.Equal(RackspaceEventType.Success200, identity.EventType);
        Assert.Equal(V2Samples.Tenant, identity.TenantId);
        Assert.Equal("DFW", identity.DefaultRegion);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), identity.Expires);
        var compute = Assert.Single(identity.ServiceCatalog, s => s.Name == "cloudServersOpenStack");
        Assert.Equal(["DFW", "ORD", "LON"], compute.Endpoints.Select(e => e.Region));
    }

    [Fact]
    public async Task Authenticate_PasswordOnly_PostsPasswordCredentials()
    {
        var cloud = new FakeV2Cloud();
        using var host = cloud.Host(o =>
        {
            o.ApiKey = null;
            o.Password = V2Samples.Password;
        });

        await host.Get<CloudServersV2Client>().AuthenticateAsync(CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(cloud.Handler.To("/v2.0/tokens")).Body!);
        var credentials = body.RootElement.GetProperty("auth").GetProperty("passwordCredentials");
        Assert.Equal(V2Samples.Password, credentials.GetProperty("password").GetString());
    }

    [Fact]
    public async Task Calls_TokenStillFresh_AuthenticateOnceAndSendToken()
    {
        var cloud = new FakeV2Cloud();
        using var host = cloud.Host();
        var client = host.Get<CloudServersV2Client>();

        await client.Servers.GetAsync("a", CancellationToken.None);
        await client.Servers.GetAsync("b", CancellationToken.None);

        Assert.Equal(1, cloud.Authentications);
        Assert.All(cloud.Handler.To("/servers/a").Concat(cloud.Handler.To("/servers/b")), r => Assert.Equal("token-1", r.Header("X-Auth-Token")));
    }

    [Fact]
    public async Task Calls_TokenWithinExpiryMargin_Reauthenticate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var cloud = new FakeV2Cloud(expiresFor: n => time.GetUtcNow() + TimeSpan.FromHours(1));
        using var host = cloud.Host(o => o.TokenExpiryMargin = TimeSpan.FromMinutes(5), time);
        var client = host.Get<CloudServersV2Client>();
        await client.Servers.GetAsync("a", CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(54));
        await client.Servers.GetAsync("b", CancellationToken.None);
        var afterFiftyFour = cloud.Authentications;
        time.Advance(TimeSpan.FromMinutes(2));
        await client.Servers.GetAsync("c", CancellationToken.None);

        Assert.Equal(1, afterFiftyFour);
        Assert.Equal(2, cloud.Authentications);
        Assert.Equal("token-2", Assert.Single(cloud.Handler.To("/servers/c")).Header("X-Auth-Token"));
    }

    [Fact]
    public async Task Calls_ConcurrentBeforeAuthentication_ShareOneAuthentication()
    {
        var cloud = new FakeV2Cloud();
        using var host = cloud.Host();
        var client = host.Get<CloudServersV2Client>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.Servers.GetAsync($"s{i}", CancellationToken.None)));

        Assert.Equal(1, cloud.Authentications);
    }

    [Fact]
    public async Task Calls_AuthenticationRefused_AllFailClearlyAndNextCallRetries()
    {
        var cloud = new FakeV2Cloud
        {
            AuthenticationFailure = () => FakeCloudHandler.Json(
                HttpStatusCode.Unauthorized, """{"unauthorized":{"code":401,"message":"Username or api key is invalid."}}"""),
        };
        using var host = cloud.Host();
        var client = host.Get<CloudServersV2Client>();

        var failures = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            Assert.ThrowsAsync<RackspaceAuthenticationException>(() => client.Servers.GetAsync($"s{i}", CancellationToken.None))));
        cloud.AuthenticationFailure = null;
        var server = await client.Servers.GetAsync("later", CancellationToken.None);

        Assert.All(failures, f =>
        {
            Assert.Contains("Username or api key is invalid.", f.Message, StringComparison.Ordinal);
            Assert.Equal(RackspaceEventType.Unauthorized401, f.EventType);
            Assert.DoesNotContain(V2Samples.ApiKey, f.ToString(), StringComparison.Ordinal);
        });
        Assert.Equal("ACTIVE", server.Value.Status);
        Assert.DoesNotContain(cloud.Handler.Requests, r => r.Uri.AbsolutePath.Contains("/servers/s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_TokenRevoked401_ReauthenticatesOnceAndRetries()
    {
        var cloud = new FakeV2Cloud(request => request.Header("X-Auth-Token") == "token-1"
            ? FakeCloudHandler.Json(HttpStatusCode.Unauthorized, """{"unauthorized":{"code":401,"message":"Token expired"}}""")
            : FakeCloudHandler.Json(HttpStatusCode.OK, V2Samples.ServerDetail));
        using var host = cloud.Host();

        var response = await host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success200, response.EventType);
        Assert.Equal(2, cloud.Authentications);
        Assert.Equal(["token-1", "token-2"], cloud.Handler.To("/servers/x").Select(r => r.Header("X-Auth-Token")));
    }

    [Fact]
    public async Task Call_401AfterReauthentication_ThrowsUnauthorizedWithoutLooping()
    {
        var cloud = new FakeV2Cloud(_ =>
            FakeCloudHandler.Json(HttpStatusCode.Unauthorized, """{"unauthorized":{"code":401,"message":"No access","details":"policy"}}"""));
        using var host = cloud.Host();

        var fault = await Assert.ThrowsAsync<UnauthorizedException>(
            () => host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None));

        Assert.Equal(2, cloud.Handler.To("/servers/x").Count);
        Assert.Equal(2, cloud.Authentications);
        Assert.Equal("No access", fault.FaultMessage);
        Assert.Equal("policy", fault.Details);
    }

    [Fact]
    public async Task Call_Cancelled_ThrowsOperationCanceled()
    {
        var cloud = new FakeV2Cloud();
        using var host = cloud.Host();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Get<CloudServersV2Client>().Servers.GetAsync("x", cancelled.Token));
    }
}
