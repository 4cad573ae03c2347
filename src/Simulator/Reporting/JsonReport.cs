using System.Text.Json;
using System.Text.Json.Serialization;

namespace Autoscaler.Simulator.Reporting;

/// <summary>Writes a report as indented JSON (camelCase; NaN written as a string).</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(SimulationReport report) => JsonSerializer.Serialize(report, Options);

    public static async Task WriteAsync(SimulationReport report, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, report, Options, cancellationToken).ConfigureAwait(false);
    }
}
