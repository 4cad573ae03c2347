using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>What every v1.0 resource shares: the transport and the media type (JSON or XML) of requests and answers.</summary>
internal sealed class V1Channel(RackspaceTransport transport, RackspaceFormat format)
{
    public RackspaceTransport Transport => transport;

    public RackspaceFormat Format => format;

    public Task<RackspaceResponse<T>> SendAsync<T>(
        string operation, HttpMethod method, string path, V1Document? document, Func<ResponseText, string, T> parse,
        CancellationToken cancellationToken) =>
        transport.SendAsync(
            new RackspaceRequest(operation, method, path, document?.ToBody(format), format == RackspaceFormat.Xml ? MediaTypes.Xml : MediaTypes.Json),
            text => parse(text, operation),
            cancellationToken);

    public Task<RackspaceResponse<NoBody>> SendAsync(
        string operation, HttpMethod method, string path, V1Document? document, CancellationToken cancellationToken) =>
        SendAsync(operation, method, path, document, static (_, _) => default(NoBody), cancellationToken);

    /// <summary>A list path with limit, offset and changes-since (Unix seconds).</summary>
    public static string ListPath(string path, V1ListQuery? query) => query is null
        ? path
        : new QueryString(path).Add("limit", query.Limit).Add("offset", query.Offset).AddUnixSeconds("changes-since", query.ChangesSince).ToString();

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
