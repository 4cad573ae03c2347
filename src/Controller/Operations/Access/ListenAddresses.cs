using System.Net;

namespace Autoscaler.Controller.Operations.Access;

/// <summary>Tells loopback listen addresses from exposed ones.</summary>
internal static class ListenAddresses
{
    /// <summary>The addresses configuration makes Kestrel listen on: its endpoints when any are named, else urls and ports.</summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ports = (configuration["http_ports"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"http://*:{p}");
        var securePorts = (configuration["https_ports"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"https://*:{p}");
        return [.. urls, .. ports, .. securePorts];
    }

    /// <summary>The addresses that are not loopback (any-address bindings such as 0.0.0.0, [::], * and + included).</summary>
    public static IReadOnlyList<string> Exposed(IEnumerable<string> addresses) => [.. addresses.Where(a => !IsLoopback(a))];

    /// <summary>Whether an address such as http://127.0.0.1:5000 or http://localhost:5000 accepts loopback connections only.</summary>
    public static bool IsLoopback(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        string host;
        try
        {
            host = BindingAddress.Parse(address).Host;
        }
        catch (FormatException)
        {
            // Not an address Kestrel understands either: count it as exposed so the safe rule applies.
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
