package dev.legalbilling.connect;

import dev.legalbilling.BillingException;

/**
 * A call to a practice-management API failed: the token was refused (401/403), the endpoint does not exist (404),
 * the server kept failing or throttling after the allowed retries, the body was malformed or too large, or the
 * connection failed or timed out. Code {@code CONNECT_API}.
 *
 * <p>The message is one sentence naming the system, the endpoint (path only, never the query or the token), the
 * page and the HTTP status, e.g. {@code clio: GET /api/v4/activities.json, page 3: HTTP 401: the access token was
 * refused (expired or revoked); get a new token}. It never quotes the response body, which may hold privileged
 * narratives.
 */
public final class ApiCallException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String system;
    private final String endpoint;
    private final int page;
    private final int status;

    /**
     * @param system {@code clio}, {@code practicepanther} or {@code mycase}
     * @param endpoint the path called, without query
     * @param page the page number, from 1
     * @param status the HTTP status, or 0 when no response came
     * @param problem what went wrong and what to do, without secrets or narratives
     */
    public ApiCallException(String system, String endpoint, int page, int status, String problem) {
        super("CONNECT_API", system + ": GET " + endpoint + ", page " + page + ": "
                + (status == 0 ? "" : "HTTP " + status + ": ") + problem);
        this.system = system;
        this.endpoint = endpoint;
        this.page = page;
        this.status = status;
    }

    /** @return the system called */
    public String system() {
        return system;
    }

    /** @return the path called, without query */
    public String endpoint() {
        return endpoint;
    }

    /** @return the page, from 1 */
    public int page() {
        return page;
    }

    /** @return the HTTP status, or 0 when no response came */
    public int status() {
        return status;
    }
}
