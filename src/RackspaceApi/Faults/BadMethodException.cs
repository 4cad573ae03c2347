using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>405 badMethod: the verb is not allowed on this resource.</summary>
public sealed class BadMethodException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
