using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Identity;

namespace Autoscaler.RackspaceApi.Tests.Identity;

public sealed class ServiceCatalogResolverTests
{
    private static readonly IReadOnlyList<ServiceCatalogEntry> Catalog =
    [
        new("cloudFiles", "object-store", [new ServiceEndpoint("DFW", new Uri("https://files.dfw.example/"), "x")]),
        new("cloudServersOpenStack", "compute",
        [
            new ServiceEndpoint("DFW", new Uri("https://dfw.example/v2/1"), "1"),
            new ServiceEndpoint("ORD", new Uri("https://ord.example/v2/1"), "1"),
            new ServiceEndpoint("LON", new Uri("https://lon.example/v2/1"), "1"),
        ]),
    ];

    [Theory]
    [InlineData("LON", "ORD", "DFW", "https://lon.example/v2/1")]
    [InlineData(null, "ORD", "DFW", "https://ord.example/v2/1")]
    [InlineData(null, null, "DFW", "https://dfw.example/v2/1")]
    [InlineData("lon", null, null, "https://lon.example/v2/1")]
    public void Resolve_RegionPrecedence_ExplicitThenConfiguredThenUserDefault(
        string? explicitRegion, string? configured, string? userDefault, string expected)
    {
        var endpoint = ServiceCatalogResolver.Resolve(Catalog, "cloudServersOpenStack", "compute", explicitRegion, configured, userDefault);

        Assert.Equal(new Uri(expected), endpoint);
    }

    [Fact]
    public void Resolve_UnknownRegion_ErrorNamesRegionSourceAndAvailableRegions()
    {
        var error = Assert.Throws<EndpointNotFoundException>(
            () => ServiceCatalogResolver.Resolve(Catalog, "cloudServersOpenStack", "compute", null, "SYD", "DFW"));

        Assert.Contains("'SYD'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rackspace:Region", error.Message, StringComparison.Ordinal);
        Assert.Contains("DFW, ORD, LON", error.Message, StringComparison.Ordinal);
        Assert.Equal(["DFW", "ORD", "LON"], error.AvailableRegions);
    }

    [Fact]
    public void Resolve_NoRegionAnywhereAndSeveralEndpoints_ErrorAsksForRegion()
    {
        var error = Assert.Throws<EndpointNotFoundException>(
            () => ServiceCatalogResolver.Resolve(Catalog, "cloudServersOpenStack", "compute", null, null, null));

        Assert.Contains("set Rackspace:Region", error.Message, StringComparison.Ordinal);
        Assert.Contains("DFW, ORD, LON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoRegionAndSingleEndpoint_UsesIt()
    {
        var endpoint = ServiceCatalogResolver.Resolve(Catalog, "cloudFiles", null, null, null, null);

        Assert.Equal(new Uri("https://files.dfw.example/"), endpoint);
    }

    [Fact]
    public void Resolve_NameMissing_FallsBackToType()
    {
        var endpoint = ServiceCatalogResolver.Resolve(Catalog, "renamedCompute", "compute", "ORD", null, null);

        Assert.Equal(new Uri("https://ord.example/v2/1"), endpoint);
    }

    [Fact]
    public void Resolve_ServiceMissing_ErrorListsOfferedServices()
    {
        var error = Assert.Throws<EndpointNotFoundException>(
            () => ServiceCatalogResolver.Resolve(Catalog, "cloudDatabases", "rax:database", "DFW", null, null));

        Assert.Contains("cloudFiles (object-store), cloudServersOpenStack (compute)", error.Message, StringComparison.Ordinal);
    }
}
