using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>400 badRequest: the request was malformed or a field was invalid (the message names it).</summary>
public sealed class BadRequestException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
