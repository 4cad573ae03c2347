namespace Autoscaler.RackspaceApi;

/// <summary>The value of an operation whose response has no body (202 or 204); the response's event type tells the outcome.</summary>
public readonly record struct NoBody;
