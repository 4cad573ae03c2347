using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Autoscaler.RackspaceApi.Tests.TestSupport;

/// <summary>An HttpMessageHandler that answers from a routing function and records every request it saw.</summary>
internal sealed class FakeCloudHandler(Func<RecordedRequest, HttpResponseMessage> respond) : HttpMessageHandler
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public IReadOnlyList<RecordedRequest> To(string pathSuffix) =>
        Requests.Where(r => r.Uri.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal)).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body,
            request.Content?.Headers.ContentType?.MediaType);
        Requests.Enqueue(recorded);
        var response = respond(recorded);
        response.RequestMessage = request;
        return response;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Xml(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/xml") };
}

/// <summary>What the fake saw of one request.</summary>
internal sealed record RecordedRequest(
    string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
