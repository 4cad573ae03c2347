using System.Globalization;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>v2 paging: ?limit=&amp;marker= where marker is the id of the last item of the previous page.</summary>
internal static class V2Paging
{
    public static IReadOnlyList<T> Apply<T>(HttpContext http, IReadOnlyList<T> items, Func<T, string> id, int maxPageSize, out string? nextQuery)
    {
        var query = http.Request.Query;
        var limit = maxPageSize;
        if (query["limit"].ToString() is { Length: > 0 } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
            {
                throw new CloudFaultException(CloudFault.BadRequest("Invalid limit: limit param must be an integer."));
            }

            limit = Math.Min(limit, maxPageSize);
        }

        var start = 0;
        if (query["marker"].ToString() is { Length: > 0 } marker)
        {
            var index = items.Select(id).ToList().FindIndex(i => string.Equals(i, marker, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new CloudFaultException(CloudFault.BadRequest($"Invalid marker: marker [{marker}] not found."));
            }

            start = index + 1;
        }

        var page = items.Skip(start).Take(limit).ToList();
        nextQuery = page.Count > 0 && page.Count == limit && start + limit < items.Count
            ? $"limit={limit}&marker={Uri.EscapeDataString(id(page[^1]))}"
            : null;
        return page;
    }
}
