using System.Net.Http.Headers;
using System.Text;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Identity;
using Autoscaler.RackspaceApi.Serialization;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Autoscaler.RackspaceApi.Http;

/// <summary>The one send/check/parse path of both dialects: endpoint, media types, faults, events and observers.</summary>
/// <remarks>The token, 401 re-authentication, 413 and read retries live in the HttpClient's handlers.</remarks>
internal sealed class RackspaceTransport(
    HttpClient httpClient,
    IdentitySession session,
    IOptions<RackspaceOptions> options,
    OperationNotifier notifier,
    TimeProvider timeProvider)
{
    /// <summary>Sends the request and parses a success; a fault becomes its typed exception.</summary>
    public Task<RackspaceResponse<T>> SendAsync<T>(
        RackspaceRequest request, Func<ResponseText, T> parse, CancellationToken cancellationToken) =>
        SendCoreAsync(request, parse, throwOnFault: true, cancellationToken);

    /// <summary>Sends the request and returns whatever came back, faults included (the custom operation).</summary>
    public Task<RackspaceResponse<string>> SendRawAsync(RackspaceRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, text => text.Body, throwOnFault: false, cancellationToken);

    /// <summary>The service endpoint for a region (v2) or the server management URL (v1.0).</summary>
    public async Task<Uri> GetEndpointAsync(string? region, CancellationToken cancellationToken)
    {
        var access = await session.GetAccessAsync(cancellationToken).ConfigureAwait(false);
        return ResolveEndpoint(access, region);
    }

    private async Task<RackspaceResponse<T>> SendCoreAsync<T>(
        RackspaceRequest request, Func<ResponseText, T> parse, bool throwOnFault, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var method = request.Method.Method;
        try
        {
            var access = await session.GetAccessAsync(cancellationToken).ConfigureAwait(false);
            var uri = new Uri(IdentityV2Provider.WithTrailingSlash(ResolveEndpoint(access, request.Region)), request.Path);
            using var message = new HttpRequestMessage(request.Method, uri);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(request.Accept));
            if (request.Body is { } body)
            {
                message.Content = new StringContent(body.Text, Encoding.UTF8, body.MediaType);
            }

            using var response = await SendMessageAsync(message, request, cancellationToken).ConfigureAwait(false);
            var text = new ResponseText(
                response.StatusCode,
                await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false),
                response.Content.Headers.ContentType?.MediaType);
            var eventType = RackspaceEventTypes.FromStatus((int)response.StatusCode);
            if (!eventType.IsSuccess() && throwOnFault)
            {
                var fault = FaultReader.Read(text.Body, (int)response.StatusCode);
                var retryAfter = RetryAfterReader.Read(response.Headers.RetryAfter, fault.RetryAfter, timeProvider.GetUtcNow());
                throw FaultExceptionFactory.Create(request.Operation, response.StatusCode, fault, text.Body, retryAfter);
            }

            T value;
            try
            {
                value = parse(text);
            }
            catch (Exception exception) when (exception is FormatException or InvalidOperationException or System.Xml.XmlException)
            {
                throw new RackspaceResponseFormatException(request.Operation, exception.Message, exception);
            }

            Notify(request, eventType, (int)response.StatusCode, text.Body, started, null);
            return new RackspaceResponse<T>(
                value,
                eventType,
                response.StatusCode,
                text.Body,
                response.Content.Headers.LastModified,
                response.Headers.Location is { } location ? new Uri(uri, location) : null);
        }
        catch (RackspaceFaultException fault)
        {
            Notify(request, fault.EventType, (int)fault.StatusCode, fault.RawBody, started, fault);
            throw;
        }
        catch (RackspaceException failure)
        {
            Notify(request, failure.EventType, null, "", started, failure);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            var failure = new RackspaceConnectionException(
                $"{request.Operation} ({method} {request.Path}) got no response: {Describe(exception)}", exception);
            Notify(request, failure.EventType, null, "", started, failure);
            throw failure;
        }
    }

    private Task<HttpResponseMessage> SendMessageAsync(HttpRequestMessage message, RackspaceRequest request, CancellationToken cancellationToken)
    {
        message.Options.Set(RackspaceRequestOptions.Operation, request.Operation);
        message.Options.Set(RackspaceRequestOptions.RelativePath, request.Path);
        return httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    private Uri ResolveEndpoint(IdentityAccess access, string? region)
    {
        var identity = access.Identity;
        if (options.Value.Dialect == RackspaceDialect.V1)
        {
            return identity.ServerManagementUrl
                ?? throw new RackspaceAuthenticationException("Identity v1.0 gave no X-Server-Management-Url.", RackspaceEventType.UnknownFailure);
        }

        return ServiceCatalogResolver.Resolve(
            identity.ServiceCatalog, options.Value.ServiceName, options.Value.ServiceType, region, options.Value.Region, identity.DefaultRegion);
    }

    private void Notify(RackspaceRequest request, RackspaceEventType eventType, int? status, string body, long started, Exception? error) =>
        notifier.Notify(new RackspaceOperationRecord(
            request.Operation, request.Method.Method, request.Path, eventType, status, body, timeProvider.GetElapsedTime(started), error));

    private static string Describe(Exception exception) => exception switch
    {
        TimeoutRejectedException timeout => $"timed out after {timeout.Timeout}",
        OperationCanceledException => "timed out",
        _ => exception.Message,
    };
}
