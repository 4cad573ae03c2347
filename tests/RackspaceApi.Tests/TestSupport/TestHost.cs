using Autoscaler.RackspaceApi.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceApi.Tests.TestSupport;

/// <summary>Builds a service provider with the client registered, optionally over a fake handler and a fake clock.</summary>
internal sealed class TestHost : IDisposable
{
    private TestHost(ServiceProvider services, RecordingObserver observer, RecordingLoggerProvider logs)
    {
        Services = services;
        Observer = observer;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public RecordingObserver Observer { get; }

    public RecordingLoggerProvider Logs { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static TestHost Create(
        Action<RackspaceOptions> configure,
        HttpMessageHandler? handler = null,
        TimeProvider? timeProvider = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        var observer = new RecordingObserver();
        var logs = new RecordingLoggerProvider();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddSingleton<IRackspaceObserver>(observer);
        services.AddRackspaceCloudServers(options =>
        {
            options.RetryBaseDelay = TimeSpan.Zero;
            options.MaxReadRetries = 2;
            options.RequestTimeout = TimeSpan.FromSeconds(10);
            configure(options);
        });
        if (handler is not null)
        {
            services.ConfigureHttpClientDefaults(builder => builder.ConfigurePrimaryHttpMessageHandler(() => handler));
        }

        configureServices?.Invoke(services);
        return new TestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), observer, logs);
    }

    public void Dispose() => Services.Dispose();
}
