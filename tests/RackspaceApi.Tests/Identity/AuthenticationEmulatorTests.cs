using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V2;
using Autoscaler.RackspaceEmulator;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.RackspaceApi.Tests.Identity;

/// <summary>Authentication, token expiry and 401 re-authentication over real HTTP against the emulator.</summary>
public sealed class AuthenticationEmulatorTests
{
    [Fact]
    public async Task V1Calls_DuringSlowAuthentication_WaitAndShareOneAuthentication()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V1, cloud => cloud.Faults = cloud.Faults with { Latency = TimeSpan.FromMilliseconds(100) });
        var client = session.Get<CloudServersV1Client>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.Flavors.ListAsync(null, CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(RackspaceEventType.Success200, r.EventType));
        Assert.Single(session.Cloud.Model.GetAuditLog(), e => e.Path == "/v1.0" && e.Method == "GET");
    }

    [Fact]
    public async Task V1Calls_WrongApiKey_AllFailClearlyWithoutTheKey()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.ApiKey = "wrong-key-5f2a9");
        var client = session.Get<CloudServersV1Client>();

        var failures = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Assert.ThrowsAsync<RackspaceAuthenticationException>(() => client.Servers.ListAsync(null, CancellationToken.None))));

        Assert.All(failures, f =>
        {
            Assert.Equal(RackspaceEventType.Unauthorized401, f.EventType);
            Assert.Contains("Identity v1.0", f.Message, StringComparison.Ordinal);
            Assert.Contains("401", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-key-5f2a9", f.ToString(), StringComparison.Ordinal);
        });
        Assert.DoesNotContain(session.Cloud.Model.GetAuditLog(), e => e.Path.EndsWith("/servers", StringComparison.Ordinal));
        Assert.Contains(session.Host.Observer.Records, r => r.Operation == "Authenticate" && r.EventType == RackspaceEventType.Unauthorized401);
    }

    [Theory]
    [InlineData(RackspaceDialect.V1)]
    [InlineData(RackspaceDialect.V2)]
    public async Task Call_TokensRevoked_ReauthenticatesOnceAndSucceeds(RackspaceDialect dialect)
    {
        await using var session = await EmulatorSession.StartAsync(dialect);
        var before = await ListFlavorsAsync(session, dialect);

        session.Cloud.Model.RevokeAllTokens();
        var after = await ListFlavorsAsync(session, dialect);

        Assert.Equal(before, after);
        var audit = session.Cloud.Model.GetAuditLog();
        var identityPath = dialect == RackspaceDialect.V1 ? "/v1.0" : "/v2.0/tokens";
        Assert.Equal(2, audit.Count(e => e.Path == identityPath));
        Assert.Single(audit, e => e.StatusCode == 401);
    }

    [Fact]
    public async Task V2Calls_TokenNearExpiry_RenewedBeforeUseWithout401()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V2,
            cloud => cloud.TokenLifetime = TimeSpan.FromHours(1),
            client => client.TokenExpiryMargin = TimeSpan.FromMinutes(5),
            time);
        var client = session.Get<CloudServersV2Client>();
        var first = await client.AuthenticateAsync(CancellationToken.None);

        await client.Flavors.ListAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(56));
        await client.Flavors.ListAsync(CancellationToken.None);
        var second = await client.AuthenticateAsync(CancellationToken.None);

        Assert.Equal(time.GetUtcNow().AddMinutes(4), first.Expires);
        Assert.True(second.Expires > first.Expires);
        var audit = session.Cloud.Model.GetAuditLog();
        Assert.Equal(2, audit.Count(e => e.Path == "/v2.0/tokens"));
        Assert.DoesNotContain(audit, e => e.StatusCode == 401);
    }

    [Fact]
    public async Task V2Authenticate_PasswordCredentials_Accepted()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V2,
            cloud => cloud.Accounts.Add(new EmulatorAccount { Username = "pat", ApiKey = "pat-key", Password = "pat-pass-77", TenantId = "200000", DefaultRegion = "LON" }),
            client =>
            {
                client.Username = "pat";
                client.ApiKey = null;
                client.Password = "pat-pass-77";
            });

        var identity = await session.Get<CloudServersV2Client>().AuthenticateAsync(CancellationToken.None);
        var endpoint = await session.Get<CloudServersV2Client>().GetEndpointAsync(CancellationToken.None);

        Assert.Equal("200000", identity.TenantId);
        Assert.Equal("LON", identity.DefaultRegion);
        Assert.Contains("lon", endpoint.AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task V2ForRegion_ServersLiveInTheirRegion()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var london = client.ForRegion("LON");
        var image = (await london.Images.ListAsync(CancellationToken.None)).Value[0].Id;
        var flavor = (await london.Flavors.ListAsync(CancellationToken.None)).Value[0].Id;

        var created = await london.Servers.CreateAsync(new Autoscaler.RackspaceApi.V2.Models.V2ServerCreateRequest { Name = "uk-1", ImageRef = image, FlavorRef = flavor }, CancellationToken.None);
        var inLondon = await london.Servers.ListAsync(null, CancellationToken.None);
        var inDallas = await client.Servers.ListAsync(null, CancellationToken.None);

        Assert.Contains(inLondon.Value.Servers, s => s.Id == created.Value.Id);
        Assert.DoesNotContain(inDallas.Value.Servers, s => s.Id == created.Value.Id);
        Assert.Contains("/LON/", (await london.GetEndpointAsync(CancellationToken.None)).AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task V2ConfiguredRegionUnknown_FailsNamingAvailableRegions()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2, configureClient: o => o.Region = "MARS");

        var error = await Assert.ThrowsAsync<EndpointNotFoundException>(
            () => session.Get<CloudServersV2Client>().Servers.ListAsync(null, CancellationToken.None));

        Assert.Contains("'MARS'", error.Message, StringComparison.Ordinal);
        Assert.Contains("DFW", error.AvailableRegions);
        Assert.Contains("LON", error.AvailableRegions);
    }

    private static async Task<IReadOnlyList<string>> ListFlavorsAsync(EmulatorSession session, RackspaceDialect dialect) =>
        dialect == RackspaceDialect.V1
            ? (await session.Get<CloudServersV1Client>().Flavors.ListAsync(null, CancellationToken.None)).Value.Select(f => f.Name).ToList()
            : (await session.Get<CloudServersV2Client>().Flavors.ListAsync(CancellationToken.None)).Value.Select(f => f.Name).ToList();
}
