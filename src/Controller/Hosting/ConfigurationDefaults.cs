using Microsoft.Extensions.Configuration.Memory;

namespace Autoscaler.Controller.Hosting;

/// <summary>The controller's built-in settings, added beneath every other configuration source so any of them overrides.</summary>
/// <remarks>
/// They live in code rather than appsettings.json because a web project's appsettings.json is copied into every project
/// that references it (tests, simulator, benchmarks), where its Kestrel endpoints would bind the controller's ports.
/// </remarks>
internal static class ConfigurationDefaults
{
    /// <summary>Loopback only: HTTP/1.1 for the dashboard, REST, health and metrics; HTTP/2 (h2c) for gRPC.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Controller = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:5000",
        ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
        ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:5001",
        ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
        ["Controller:AgentEndpoint"] = "http://127.0.0.1:5001",
        ["ConnectionStrings:Autoscaler"] = "Data Source=autoscaler.db",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Quartz"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    /// <summary>Adds <paramref name="defaults"/> as the lowest-priority configuration source.</summary>
    public static void AddDefaults(this IConfigurationManager configuration, IReadOnlyDictionary<string, string?> defaults)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
    }
}
