using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>415 badMediaType: the request's content type is not supported.</summary>
public sealed class BadMediaTypeException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
