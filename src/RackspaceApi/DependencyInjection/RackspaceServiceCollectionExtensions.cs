using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.Identity;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V2;
using Autoscaler.RackspaceApi.Waiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Rackspace Cloud Servers client.</summary>
public static class RackspaceServiceCollectionExtensions
{
    internal const string ServiceClientName = "Autoscaler.RackspaceApi";
    internal const string IdentityClientName = IdentityClients.Name;

    /// <summary>Registers the client with options bound to <paramref name="configuration"/> (the Rackspace section), then <paramref name="configure"/>.</summary>
    public static IServiceCollection AddRackspaceCloudServers(
        this IServiceCollection services, IConfiguration configuration, Action<Autoscaler.RackspaceApi.RackspaceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Autoscaler.RackspaceApi.RackspaceOptions>().Bind(configuration);
        return services.AddRackspaceCloudServers(configure);
    }

    /// <summary>Registers the client: validated options, IHttpClientFactory clients, both dialects' clients and the <see cref="IServerProvisioner"/> of the configured dialect.</summary>
    /// <remarks>
    /// Options may also be set later by <c>services.Configure</c>/<c>PostConfigure&lt;RackspaceOptions&gt;</c> (e.g. an identity URL known only
    /// at run time); they are validated on start (ValidateOnStart) and on first use.
    /// </remarks>
    public static IServiceCollection AddRackspaceCloudServers(
        this IServiceCollection services, Action<Autoscaler.RackspaceApi.RackspaceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<Autoscaler.RackspaceApi.RackspaceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<
            IValidateOptions<Autoscaler.RackspaceApi.RackspaceOptions>, Autoscaler.RackspaceApi.RackspaceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.AddHttpClient(IdentityClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(AcceptCompression)
            .AddResilienceHandler("rackspace-identity", RackspaceResilience.ConfigureIdentityCalls);
        services.AddHttpClient<RackspaceTransport>(ServiceClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(AcceptCompression)
            .AddHttpMessageHandler<AuthenticationHandler>()
            .AddResilienceHandler("rackspace", RackspaceResilience.ConfigureServiceCalls);

        services.TryAddTransient<AuthenticationHandler>();
        services.TryAddSingleton<OperationNotifier>();
        services.TryAddSingleton<ServerStatusWaiter>();
        services.TryAddSingleton<IIdentityProvider>(CreateIdentityProvider);
        services.TryAddSingleton<IdentitySession>();
        services.TryAddTransient(sp => new CloudServersV2Client(
            sp.GetRequiredService<RackspaceTransport>(), sp.GetRequiredService<IdentitySession>(), sp.GetRequiredService<ServerStatusWaiter>(), null));
        services.TryAddTransient(sp => new CloudServersV1Client(
            sp.GetRequiredService<RackspaceTransport>(), sp.GetRequiredService<IdentitySession>(), sp.GetRequiredService<ServerStatusWaiter>(),
            sp.GetRequiredService<IOptions<Autoscaler.RackspaceApi.RackspaceOptions>>()));
        services.TryAddTransient<IServerProvisioner>(sp =>
            sp.GetRequiredService<IOptions<Autoscaler.RackspaceApi.RackspaceOptions>>().Value.Dialect == Autoscaler.RackspaceApi.RackspaceDialect.V1
                ? new V1ServerProvisioner(sp.GetRequiredService<CloudServersV1Client>())
                : new V2ServerProvisioner(sp.GetRequiredService<CloudServersV2Client>()));
        return services;
    }

    /// <summary>The API may gzip its answers; let the socket handler ask for and undo that.</summary>
    private static void AcceptCompression(HttpMessageHandler handler, IServiceProvider services)
    {
        if (handler is SocketsHttpHandler sockets)
        {
            sockets.AutomaticDecompression = System.Net.DecompressionMethods.All;
        }
        else if (handler is HttpClientHandler client && client.SupportsAutomaticDecompression)
        {
            client.AutomaticDecompression = System.Net.DecompressionMethods.All;
        }
    }

    private static IIdentityProvider CreateIdentityProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<Autoscaler.RackspaceApi.RackspaceOptions>>();
        var httpClients = services.GetRequiredService<IHttpClientFactory>();
        return options.Value.Dialect == Autoscaler.RackspaceApi.RackspaceDialect.V1
            ? new IdentityV1Provider(httpClients, options, services.GetRequiredService<TimeProvider>())
            : new IdentityV2Provider(httpClients, options);
    }
}
