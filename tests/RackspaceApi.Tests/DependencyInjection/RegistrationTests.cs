using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.V2;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceApi.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public void AddRackspaceCloudServers_ConfigurationSection_BindsOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rackspace:Dialect"] = "V1",
            ["Rackspace:Preset"] = "UK",
            ["Rackspace:Username"] = "bob",
            ["Rackspace:ApiKey"] = "k",
            ["Rackspace:Format"] = "Xml",
            ["Rackspace:RequestTimeout"] = "00:00:07",
        }).Build();
        var services = new ServiceCollection();

        services.AddRackspaceCloudServers(configuration.GetSection(RackspaceOptions.SectionName));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<RackspaceOptions>>().Value;

        Assert.Equal(RackspaceDialect.V1, options.Dialect);
        Assert.Equal(new Uri("https://lon.auth.api.rackspacecloud.com/v1.0"), options.ResolveIdentityUrl());
        Assert.Equal(RackspaceFormat.Xml, options.Format);
        Assert.Equal(TimeSpan.FromSeconds(7), options.RequestTimeout);
        Assert.Equal("V1ServerProvisioner", provider.GetRequiredService<IServerProvisioner>().GetType().Name);
    }

    [Fact]
    public void AddRackspaceCloudServers_PostConfigure_AppliesRunTimeIdentityUrl()
    {
        var services = new ServiceCollection();
        services.AddRackspaceCloudServers(o =>
        {
            o.Username = "u";
            o.ApiKey = "k";
        });
        services.PostConfigure<RackspaceOptions>(o => o.IdentityUrl = new Uri("http://127.0.0.1:41234/v2.0/"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<RackspaceOptions>>().Value;

        Assert.Equal(new Uri("http://127.0.0.1:41234/v2.0/"), options.ResolveIdentityUrl());
        Assert.Equal("V2ServerProvisioner", provider.GetRequiredService<IServerProvisioner>().GetType().Name);
    }

    [Fact]
    public void Resolve_InvalidOptions_FailsNamingTheKeys()
    {
        var services = new ServiceCollection();
        services.AddRackspaceCloudServers(o => o.Username = "");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CloudServersV2Client>());

        Assert.Contains("Rackspace:Username is required.", error.Failures);
        Assert.Contains(error.Failures, f => f.Contains("Rackspace:IdentityUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Autoscaler.RackspaceApi")]
    [InlineData("Autoscaler.RackspaceApi.Identity")]
    public void HttpClients_PrimaryHandler_AcceptsGzip(string clientName)
    {
        var services = new ServiceCollection();
        services.AddRackspaceCloudServers(o =>
        {
            o.Preset = RackspaceIdentityPreset.US;
            o.Username = "u";
            o.ApiKey = "k";
        });
        using var provider = services.BuildServiceProvider();

        HttpMessageHandler? handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(clientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler;
        }

        var sockets = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.Equal(System.Net.DecompressionMethods.All, sockets.AutomaticDecompression);
    }

    [Theory]
    [InlineData(200, "RET_Success_200")]
    [InlineData(203, "RET_Success_203")]
    [InlineData(204, "RET_Success_204")]
    [InlineData(409, "RET_Build_In_Progress_409")]
    [InlineData(413, "RET_Over_Limit_413")]
    [InlineData(503, "RET_Service_Unavailable_503")]
    [InlineData(418, "RET_Unknown_Failure")]
    public void EventType_FromStatus_HasSeedName(int status, string seedName) =>
        Assert.Equal(seedName, RackspaceEventTypes.FromStatus(status).ToSeedName());
}
