using System.Globalization;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>v1.0 list parameters: ?limit=&amp;offset= (at most 1000 items; past the end is an empty list) and
/// ?changes-since=&lt;unix seconds&gt;.</summary>
internal static class V1Query
{
    public const int MaxLimit = 1000;

    public static IReadOnlyList<T> Page<T>(HttpContext http, IReadOnlyList<T> items)
    {
        var limit = Parse(http, "limit") ?? MaxLimit;
        var offset = Parse(http, "offset") ?? 0;
        return [.. items.Skip(offset).Take(Math.Min(limit, MaxLimit))];
    }

    public static DateTimeOffset? ChangesSince(HttpContext http)
    {
        var text = http.Request.Query["changes-since"].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new CloudFaultException(CloudFault.BadRequest($"Invalid changes-since: {text} is not a time in seconds since the epoch."));
    }

    private static int? Parse(HttpContext http, string name)
    {
        var text = http.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CloudFaultException(CloudFault.BadRequest($"Invalid {name}: {text} is not a non-negative integer."));
    }
}
