using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>404 itemNotFound: the server, image, flavor or group does not exist.</summary>
public sealed class ItemNotFoundException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
