using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V2;

namespace Autoscaler.RackspaceApi.Tests.V2;

public sealed class V2RegionSelectionTests
{
    [Fact]
    public async Task Get_NoRegionConfigured_UsesUsersDefaultRegion()
    {
        var cloud = new FakeV2Cloud { DefaultRegion = "ORD" };
        using var host = cloud.Host();

        await host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None);

        Assert.Equal("ord.servers.example", Assert.Single(cloud.Handler.To("/servers/x")).Uri.Host);
    }

    [Fact]
    public async Task Get_ConfiguredRegion_WinsOverUsersDefault()
    {
        var cloud = new FakeV2Cloud { DefaultRegion = "ORD" };
        using var host = cloud.Host(o => o.Region = "LON");

        await host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None);

        Assert.Equal("lon.servers.example", Assert.Single(cloud.Handler.To("/servers/x")).Uri.Host);
    }

    [Fact]
    public async Task Get_ForRegion_WinsOverConfiguredRegion()
    {
        var cloud = new FakeV2Cloud();
        using var host = cloud.Host(o => o.Region = "LON");

        await host.Get<CloudServersV2Client>().ForRegion("DFW").Servers.GetAsync("x", CancellationToken.None);

        Assert.Equal("https://dfw.servers.example/v2/010101/servers/x", Assert.Single(cloud.Handler.To("/servers/x")).Uri.ToString());
    }

    [Fact]
    public async Task Get_UkAccountWithoutDefaultRegionAndNoConfiguration_FailsNamingRegions()
    {
        var cloud = new FakeV2Cloud { DefaultRegion = null };
        using var host = cloud.Host();

        var error = await Assert.ThrowsAsync<EndpointNotFoundException>(
            () => host.Get<CloudServersV2Client>().Servers.GetAsync("x", CancellationToken.None));

        Assert.Contains("DFW, ORD, LON", error.Message, StringComparison.Ordinal);
        Assert.Empty(cloud.Handler.To("/servers/x"));
    }
}
