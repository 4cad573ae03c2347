using System.Globalization;
using System.Text;

namespace Autoscaler.RackspaceApi.Http;

/// <summary>Builds a path with an escaped query string, leaving out absent values.</summary>
internal sealed class QueryString(string path)
{
    private readonly StringBuilder _builder = new(path);
    private bool _hasQuery = path.Contains('?', StringComparison.Ordinal);

    public QueryString Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _builder.Append(_hasQuery ? '&' : '?').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    public QueryString Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>ISO 8601 (v2 changes-since).</summary>
    public QueryString AddIso(string name, DateTimeOffset? value) =>
        Add(name, value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>Unix seconds (v1.0 changes-since).</summary>
    public QueryString AddUnixSeconds(string name, DateTimeOffset? value) =>
        Add(name, value?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _builder.ToString();

    /// <summary>Escapes one path segment (an id or a metadata key).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}
