/**
 * The search query table: for every question page, queries a reader might type, in three kinds.
 *
 * - keyword: identifiers, headers, status codes, terms of art ("429", "dependency_overrides", "PKCE").
 * - everyday: how people describe the problem in their own words ("cors error", "stop duplicate payments").
 * - question: whole interview questions as interviewers ask them, written from how the question is
 *   put in interviews and follow-ups, not copied from the page title.
 *
 * `npm run test:search` runs every query against the built index with the site's own query code and
 * fails when a page is missing here or when recall@3 of any kind drops below 95%.
 *
 * Adding a page: add an entry with at least one query of each kind. Write the queries before looking at
 * what the search returns, and fix a miss by improving the page, its `aliases`, or the query rewriting,
 * never by rewording the query until it passes.
 */

import type { QueryKind } from '../../src/lib/search/query-table-coverage.ts';

export type { QueryKind };

export type PageQueries = Record<QueryKind, string[]>;

export const QUERY_TABLE: Record<string, PageQueries> = {
  '401-vs-403': {
    keyword: ['WWW-Authenticate', '403 Forbidden'],
    everyday: ['unauthorized vs forbidden', 'logged in but not allowed error code'],
    question: ['When would you return a 401 instead of a 403?', 'If a user is authenticated but lacks permission, what status code do you send back?'],
  },
  'annotated-dependencies': {
    keyword: ['Annotated', 'PEP 593'],
    everyday: ['reuse the same Depends on every route', 'why annotated in fastapi'],
    question: ['Why does FastAPI recommend Annotated instead of default values like Query(10)?', "What's the benefit of using Annotated with Depends in FastAPI?"],
  },
  'api-deprecation': {
    keyword: ['Sunset', 'Deprecation header'],
    everyday: ['retire an old endpoint', 'shut down old api version'],
    question: ['How would you phase out an endpoint that clients still depend on?', "What's your process for sunsetting an old version of your API?"],
  },
  'api-design-best-practices': {
    keyword: ['API design best practices', 'REST API guidelines'],
    everyday: ['how to design a good api', 'api design rules'],
    question: ['What makes a well-designed REST API?', 'What best practices do you follow when designing an API?'],
  },
  'api-documentation': {
    keyword: ['API documentation', 'changelog'],
    everyday: ['keep docs in sync with code', 'write good api docs'],
    question: ['How do you make sure your API documentation stays up to date?', 'What makes API documentation good?'],
  },
  'api-gateway': {
    keyword: ['API gateway', 'Kong'],
    everyday: ['one entry point for many services'],
    question: ['Why would you put a gateway in front of your microservices?', 'What problems does an API gateway solve, and what does it cost you?'],
  },
  'api-key-auth': {
    keyword: ['compare_digest', 'secrets.token_urlsafe'],
    everyday: ['store api keys safely', 'hash api keys in the database'],
    question: ['How would you design API key authentication for a public API?', 'How should a server store and check the API keys it hands out?'],
  },
  'api-keys-vs-tokens': {
    keyword: ['access token vs API key'],
    everyday: ['api key or oauth token'],
    question: ['When would you use an API key rather than OAuth access tokens?', "What's the difference between an API key and a bearer token?"],
  },
  'api-mocking': {
    keyword: ['MockTransport', 'respx'],
    everyday: ['fake the external service in tests'],
    question: ['How do you test code that calls an external API without actually hitting it?', 'When is mocking an HTTP dependency a bad idea?'],
  },
  'api-monitoring': {
    keyword: ['OpenTelemetry', 'traceparent', 'RED metrics'],
    everyday: ['monitor my api in production', 'alert when errors go up'],
    question: ['How would you monitor a REST API in production?', 'Which metrics would you track for an API, and what would you alert on?'],
  },
  'api-performance': {
    keyword: ['p99 latency', 'profiling'],
    everyday: ['my api is slow', 'speed up a slow endpoint'],
    question: ['An endpoint has become slow in production. How do you figure out why?', 'How would you improve the response time of a Python API?'],
  },
  'api-styles': {
    keyword: ['gRPC', 'JSON-RPC', 'RPC vs REST'],
    everyday: ['rest or grpc', 'which api style to use'],
    question: ['When would you choose gRPC over REST?', 'How do you decide between REST, GraphQL and gRPC for a new service?'],
  },
  'api-testing-strategy': {
    keyword: ['contract tests', 'load tests'],
    everyday: ['what tests should an api have'],
    question: ["How would you go about testing a REST API you've built?", 'What kinds of automated tests would you write for a new backend service?'],
  },
  'api-testing-tools': {
    keyword: ['Postman', 'curl', 'Schemathesis'],
    everyday: ['tools for testing an api', 'postman vs pytest'],
    question: ['Which tools do you use to test APIs?', 'Why is it important to test an API, and how would you do it manually and automatically?'],
  },
  'api-versioning': {
    keyword: ['/v1/', 'media type versioning'],
    everyday: ['version my api'],
    question: ['What strategies exist for versioning a REST API?', 'Would you put the API version in the URL or in a header, and why?'],
  },
  'async-def-vs-def': {
    keyword: ['run_in_threadpool', 'async def'],
    everyday: ['blocking call inside async endpoint', 'should my fastapi endpoint be async'],
    question: ['In FastAPI, when should a path operation be declared with async def and when with def?', 'What happens if you call a blocking database driver inside an async endpoint?'],
  },
  'async-in-fastapi': {
    keyword: ['async await FastAPI', 'event loop'],
    everyday: ['does async make fastapi faster', 'how async works in fastapi'],
    question: ['How does async and await work in FastAPI?', 'When does using async actually improve performance in a web API?'],
  },
  'authn-vs-authz': {
    keyword: ['authn', 'authz'],
    everyday: ['authentication vs authorization', 'who you are vs what you can do'],
    question: ['Explain the difference between authentication and authorization.', 'Where in your API would you check identity, and where would you check permissions?'],
  },
  'background-tasks': {
    keyword: ['BackgroundTasks', 'Celery'],
    everyday: ['send an email after the response'],
    question: ['How do you run some work after returning the response in FastAPI?', 'When would you move from BackgroundTasks to a proper task queue?'],
  },
  'backward-compatibility': {
    keyword: ['breaking change', 'expand and contract'],
    everyday: ['change the api without breaking clients', 'rename a field safely'],
    question: ['Which changes to an API count as breaking changes?', 'How do you evolve a public API without breaking existing consumers?'],
  },
  bola: {
    keyword: ['BOLA', 'IDOR'],
    everyday: ['user can see other users data', 'change the id in the url and get someone elses order'],
    question: ["A user can read another customer's invoice by changing the ID in the URL. What's the vulnerability and how do you fix it?", 'What is an insecure direct object reference?'],
  },
  'build-a-crud-api': {
    keyword: ['CRUD API', '201 Location header'],
    everyday: ['build a simple rest api in python', 'crud endpoints with fastapi'],
    question: ['Build a basic CRUD API for a todo list. How would you approach it?', 'How would you implement create, read, update and delete endpoints for a resource?'],
  },
  'bulk-operations': {
    keyword: ['207 Multi-Status', 'batch endpoint'],
    everyday: ['create many items in one request', 'partial failure in a batch'],
    question: ['How would you design an endpoint that creates thousands of records at once?', 'If some items in a bulk request fail, what do you return?'],
  },
  caching: {
    keyword: ['Cache-Control', 'stale-while-revalidate', 'CDN'],
    everyday: ['cache api responses', 'stale data after update'],
    question: ['How would you add caching to an API without serving stale data?', 'Why is cache invalidation hard, and how do you handle it?'],
  },
  'choosing-a-python-framework': {
    keyword: ['Django REST framework', 'Flask vs FastAPI', 'Django Ninja'],
    everyday: ['django or fastapi', 'which python web framework'],
    question: ['Why would you choose FastAPI over Flask or Django?', 'How do you pick a Python framework for a new API project?'],
  },
  'clean-api-code': {
    keyword: ['repository pattern', 'service layer'],
    everyday: ['structure a fastapi project', 'clean architecture python api'],
    question: ['How do you structure the code of a larger Python API so it stays maintainable?', 'How do you keep business logic out of your route handlers?'],
  },
  'concurrent-requests': {
    keyword: ['asyncio.TaskGroup', 'asyncio.gather', 'Semaphore'],
    everyday: ['call several apis at once', 'parallel http requests in an endpoint'],
    question: ['Your endpoint calls three other services one after another. How do you speed it up?', 'How do you run multiple HTTP requests concurrently in Python and handle one of them failing?'],
  },
  'consuming-third-party-apis': {
    keyword: ['circuit breaker', 'exponential backoff'],
    everyday: ['external api keeps timing out', 'calling a flaky api'],
    question: ['Your service depends on a third-party API that is sometimes slow or down. How do you make your service resilient?', 'How would you implement retries when calling another service?'],
  },
  'contract-testing': {
    keyword: ['Pact', 'oasdiff', 'consumer-driven contract'],
    everyday: ['catch breaking api changes in ci', 'make sure my change does not break other teams'],
    question: ['What is contract testing, and how is it different from integration testing?', 'How would you detect a breaking change to your OpenAPI spec before release?'],
  },
  'content-negotiation': {
    keyword: ['Accept header', '406 Not Acceptable', '415 Unsupported Media Type'],
    everyday: ['return xml or json depending on the client', 'wrong content type error'],
    question: ['What is content negotiation in HTTP?', 'What is the difference between the Accept and Content-Type headers?'],
  },
  cors: {
    keyword: ['preflight', 'Access-Control-Allow-Origin', 'CORSMiddleware'],
    everyday: ['cors error', 'blocked by cors policy'],
    question: ['What is CORS and why does the browser block my request?', 'How would you configure CORS for a FastAPI backend used by a React frontend?'],
  },
  'csrf-vs-cors': {
    keyword: ['CSRF', 'SameSite'],
    everyday: ['cross site request forgery'],
    question: ['Does enabling CORS protect you against CSRF?', 'How do you defend a cookie-based API against cross-site request forgery?'],
  },
  'cursor-pagination': {
    keyword: ['keyset', 'cursor pagination'],
    everyday: ['offset pagination is slow', 'pages skip or repeat items'],
    question: ['Why does offset pagination get slow on large tables?', 'How would you paginate a table with millions of rows?'],
  },
  'database-transactions': {
    keyword: ['SELECT FOR UPDATE', 'isolation level', 'serialization failure'],
    everyday: ['two requests update the same row at the same time', 'stock count wrong when two people buy at once'],
    question: ['How do you handle concurrent updates to the same record in your API?', 'Which transaction isolation level would you use, and why?'],
  },
  'database-migrations': {
    keyword: ['alembic', 'expand and contract migration'],
    everyday: ['rename a database column without downtime', 'add a column to a big table'],
    question: ['How do you manage database schema changes in a FastAPI project?', 'How would you deploy a schema change without taking the API down?'],
  },
  'dates-and-time-zones': {
    keyword: ['RFC 3339', 'AwareDatetime'],
    everyday: ['store timestamps in utc', 'timezone bug after daylight saving'],
    question: ['How should an API represent dates and times?', 'How do you deal with users in different time zones in your API?'],
  },
  'debugging-api-issues': {
    keyword: ['intermittent errors', 'flaky integration'],
    everyday: ['api call fails sometimes', 'debug random 500 errors'],
    question: ['Tell me about a time you debugged an API issue that only happened occasionally.', 'How would you troubleshoot an integration with a partner API that fails intermittently?'],
  },
  'dependency-injection': {
    keyword: ['Depends', 'Annotated Depends'],
    everyday: ['share a database session between endpoints'],
    question: ['How does dependency injection work in FastAPI?', 'Why would you use Depends instead of importing a global object?'],
  },
  'dependency-overrides': {
    keyword: ['dependency_overrides', 'override a dependency'],
    everyday: ['replace the database in fastapi tests'],
    question: ['How do you swap a real dependency for a fake one in FastAPI tests?', 'How would you stop your tests from calling the real payment provider in a FastAPI app?'],
  },
  'design-booking-api': {
    keyword: ['double booking', 'exclusion constraint', 'reservation hold'],
    everyday: ['two people book the same appointment', 'stop a slot being booked twice'],
    question: ['How would you design a booking system that never double-books?', 'Design the API for reserving seats or appointments.'],
  },
  'design-url-shortener': {
    keyword: ['url shortener', 'base62', '301 vs 302 redirect'],
    everyday: ['make long links short like bitly', 'generate short unique codes for links'],
    question: ['How would you design a URL shortening service?', 'Walk me through the API and storage for a TinyURL clone.'],
  },
  'error-handling': {
    keyword: ['exception_handler', 'HTTPException'],
    everyday: ['consistent error messages', 'catch all exceptions'],
    question: ['How do you handle errors in a REST API?', 'How would you design the error responses of your API?'],
  },
  'etags-conditional-requests': {
    keyword: ['If-None-Match', 'ETag', '304 Not Modified', 'lost update'],
    everyday: ['stop two users overwriting each other'],
    question: ["What's the point of an ETag?", "How do you prevent two clients from overwriting each other's changes?"],
  },
  'event-driven-vs-rest': {
    keyword: ['message queue', 'transactional outbox', 'Kafka'],
    everyday: ['events vs api calls between services', 'should services use a message broker'],
    question: ['When would you use a message queue instead of a synchronous REST call?', 'What are the trade-offs of event-driven communication between microservices?'],
  },
  'fastapi-authentication': {
    keyword: ['OAuth2PasswordBearer', 'HTTPBearer'],
    everyday: ['add login to fastapi'],
    question: ['How would you implement authentication in a FastAPI application?', 'How do you get the current user in a FastAPI endpoint?'],
  },
  'fastapi-databases': {
    keyword: ['SQLAlchemy', 'SQLModel', 'AsyncSession'],
    everyday: ['connect fastapi to postgres', 'database session per request'],
    question: ['How do you use SQLAlchemy with FastAPI?', 'How do you manage database sessions in a FastAPI application?'],
  },
  'fastapi-error-handling': {
    keyword: ['add_exception_handler', 'raise HTTPException'],
    everyday: ['custom exception handler fastapi', 'return custom error json in fastapi'],
    question: ['How do you handle exceptions globally in FastAPI?', 'How would you map your own domain exceptions to HTTP responses in FastAPI?'],
  },
  'fastapi-interactive-docs': {
    keyword: ['/docs', 'Swagger UI', 'ReDoc', 'docs_url'],
    everyday: ['disable swagger docs in production', 'where does fastapi docs page come from'],
    question: ['How does FastAPI generate its interactive API documentation?', 'How do you hide the /docs page in production?'],
  },
  'fastapi-middleware': {
    keyword: ['call_next', 'add_middleware'],
    everyday: ['log every request in fastapi', 'add a header to every response'],
    question: ['How would you write a middleware that times each request in FastAPI?', 'When should you use middleware instead of a dependency in FastAPI?'],
  },
  'fastapi-request-lifecycle': {
    keyword: ['ServerErrorMiddleware', 'request lifecycle'],
    everyday: ['order middleware dependencies endpoint run in', 'does the dependency run if validation fails'],
    question: ['Walk me through what happens when a request hits a FastAPI application.', 'In what order do middleware, dependencies and the endpoint run in FastAPI?'],
  },
  'fastapi-performance': {
    keyword: ['uvloop', 'FastAPI benchmark'],
    everyday: ['is fastapi really fast', 'fastapi app is slow'],
    question: ['Why is FastAPI so fast compared to other Python frameworks?', 'What could make a FastAPI service slow?'],
  },
  'fastapi-routing': {
    keyword: ['APIRouter', 'include_router'],
    everyday: ['split a fastapi app into files'],
    question: ['How do you organize routes in a larger FastAPI project?', 'How are path and query parameters declared in FastAPI?'],
  },
  'fastapi-testing': {
    keyword: ['TestClient', 'ASGITransport'],
    everyday: ['test fastapi endpoints'],
    question: ['How do you write tests for a FastAPI app?', 'How would you test async FastAPI endpoints?'],
  },
  'fastapi-tradeoffs': {
    keyword: ['FastAPI pros and cons', 'FastAPI disadvantages'],
    everyday: ['downsides of fastapi', 'fastapi advantages'],
    question: ['What are the advantages and disadvantages of FastAPI?', 'What are the limitations of FastAPI you have run into?'],
  },
  'fastapi-versioning': {
    keyword: ['include_router prefix /v1', 'deprecated=True'],
    everyday: ['v1 and v2 routers in fastapi', 'version endpoints in fastapi'],
    question: ['How would you structure a FastAPI app that serves both v1 and v2 of an API?', 'How do you deprecate an old API version in FastAPI?'],
  },
  'fastapi-websockets': {
    keyword: ['WebSocketDisconnect', 'websocket_connect'],
    everyday: ['chat server in fastapi'],
    question: ['How do you implement a WebSocket endpoint in FastAPI?', 'How would you test a WebSocket route?'],
  },
  'file-downloads': {
    keyword: ['FileResponse', 'StreamingResponse', 'Range request', 'Content-Disposition'],
    everyday: ['download a file from fastapi', 'stream a large csv export'],
    question: ['How do you return a large file from an API without loading it into memory?', 'How would you let clients resume an interrupted download?'],
  },
  'file-uploads': {
    keyword: ['UploadFile', 'python-multipart'],
    everyday: ['upload images to my api', 'limit upload size'],
    question: ['How would you accept large file uploads safely?', 'What security checks do you apply to files users upload?'],
  },
  'filtering-sorting': {
    keyword: ['sort allow-list', 'ORDER BY injection'],
    everyday: ['filter results with query parameters', 'let users choose sort order'],
    question: ['How would you design filtering and sorting for a list endpoint?', 'How do you let clients sort by a column without opening yourself to SQL injection?'],
  },
  'gil-and-concurrency': {
    keyword: ['GIL', 'free-threaded Python', 'ProcessPoolExecutor'],
    everyday: ['threads vs processes vs asyncio', 'cpu heavy work in an api'],
    question: ['What is the GIL and how does it affect a Python web server?', 'When would you use multiprocessing instead of asyncio?'],
  },
  'graceful-shutdown': {
    keyword: ['SIGTERM', 'timeout-graceful-shutdown', 'preStop'],
    everyday: ['requests fail during deploy', 'zero downtime deploy'],
    question: ['How do you deploy a new version without dropping in-flight requests?', 'What happens when Kubernetes stops your API container?'],
  },
  'graphql-vs-rest': {
    keyword: ['GraphQL'],
    everyday: ['graphql or rest'],
    question: ['When would you choose GraphQL over REST?', 'What are the drawbacks of GraphQL?'],
  },
  hateoas: {
    keyword: ['HATEOAS', 'hypermedia'],
    everyday: ['links in api responses'],
    question: ['What is HATEOAS, and do teams really use it?'],
  },
  'health-checks': {
    keyword: ['liveness probe', 'readiness probe', '/healthz'],
    everyday: ['health check endpoint', 'kubernetes keeps restarting my app'],
    question: ['What should a health check endpoint check?', "What's the difference between a liveness and a readiness probe?"],
  },
  'http-methods': {
    keyword: ['405', 'HEAD OPTIONS'],
    everyday: ['get post put delete', 'which http verb'],
    question: ['What are the main HTTP verbs and when do you use each one?', "What's the difference between GET and POST?"],
  },
  'https-and-tls': {
    keyword: ['TLS handshake', 'verify=False'],
    everyday: ['certificate verify failed in python', 'is https enough to secure my api'],
    question: ['How does HTTPS work?', 'What does TLS protect in an API, and what does it leave exposed?'],
  },
  'http2-and-http3': {
    keyword: ['HTTP/2', 'QUIC', 'head-of-line blocking'],
    everyday: ['http2 vs http1', 'is http3 faster'],
    question: ['What is the difference between HTTP/1.1, HTTP/2 and HTTP/3?', 'Does HTTP/2 change how you design a REST API?'],
  },
  idempotency: {
    keyword: ['idempotnet', 'safe methods'],
    everyday: ['what does idempotent mean'],
    question: ['Which HTTP methods are idempotent?', 'Is POST idempotent, and why does it matter?'],
  },
  'idempotency-keys': {
    keyword: ['Idempotency-Key'],
    everyday: ['prevent double charge on retry', 'duplicate payments'],
    question: ['How do you make a payment endpoint safe to retry?', 'How would you stop a client from creating the same order twice when it retries?'],
  },
  'input-validation': {
    keyword: ['SQL injection', 'bound parameters'],
    everyday: ['sanitize user input'],
    question: ['How do you protect an API from injection attacks?', 'Where should input validation happen in a web API?'],
  },
  'interview-preparation': {
    keyword: ['interview preparation', 'mock interview'],
    everyday: ['how to prepare for a backend interview', 'python api interview tips'],
    question: ['How should I prepare for a Python backend developer interview?', 'What do interviewers look for in an API design round?'],
  },
  'json-for-apis': {
    keyword: ['NaN', 'JSON numbers'],
    everyday: ['json dates and decimals'],
    question: ['Why is JSON the most common format for APIs?', "What are JSON's limitations as a data format?"],
  },
  'jwt-auth': {
    keyword: ['JWT', 'Bearer token'],
    everyday: ['login with jwt in python'],
    question: ['How does JWT authentication work?', 'Walk me through a token-based login flow.'],
  },
  'jwt-pitfalls': {
    keyword: ['alg none', 'JWT expiry'],
    everyday: ['jwt security mistakes'],
    question: ['What are common security issues with JWTs?', 'How do you revoke a JWT before it expires?'],
  },
  'lifespan-events': {
    keyword: ['lifespan', 'on_event'],
    everyday: ['open a database pool at startup'],
    question: ['How do you initialize resources when a FastAPI app starts and clean them up on shutdown?'],
  },
  'load-testing': {
    keyword: ['Locust', 'k6', 'coordinated omission'],
    everyday: ['stress test my api', 'how many requests per second can my api handle'],
    question: ['How would you load test an API before launch?', 'How do you interpret the results of a load test?'],
  },
  'microservices-and-apis': {
    keyword: ['microservices', 'database per service'],
    everyday: ['monolith vs microservices', 'how do microservices talk to each other'],
    question: ['What is a microservice architecture, and how do APIs fit into it?', 'Why should each microservice own its database?'],
  },
  'middleware-concept': {
    keyword: ['cross-cutting concerns'],
    everyday: ['what is middleware'],
    question: ['Can you explain what middleware is and give a few examples of what it is used for?'],
  },
  'multi-tenancy': {
    keyword: ['multi-tenant', 'row-level security', 'tenant_id'],
    everyday: ['keep customers data separate', 'saas tenant isolation'],
    question: ["How would you design a multi-tenant SaaS API so one customer never sees another's data?", 'Schema per tenant or shared tables: how do you choose?'],
  },
  'n-plus-one': {
    keyword: ['N+1', 'selectinload', 'joinedload'],
    everyday: ['too many database queries', 'orm lazy loading slow'],
    question: ['What is the N+1 query problem and how do you fix it?', 'An endpoint that lists orders with their customers runs hundreds of queries. Why, and what do you do?'],
  },
  'nested-pydantic-models': {
    keyword: ['discriminated union', 'list[Model]', 'Optional field'],
    everyday: ['nested json in pydantic', 'model inside a model'],
    question: ['How do you validate nested JSON objects with Pydantic?', 'How would you model a payload that can be one of several shapes in Pydantic?'],
  },
  'non-crud-actions': {
    keyword: ['custom method :cancel', '409 Conflict state transition'],
    everyday: ['cancel an order endpoint', 'rest endpoint for an action verb'],
    question: ['How would you design a REST endpoint to cancel an order?', "How do you represent actions that aren't create, read, update or delete in a REST API?"],
  },
  oauth2: {
    keyword: ['PKCE', 'authorization code flow'],
    everyday: ['login with google'],
    question: ['Explain the OAuth 2.0 authorization code flow.', 'What problem does OAuth solve?'],
  },
  'openapi-customization': {
    keyword: ['openapi_tags', 'operation_id'],
    everyday: ['customize the swagger docs'],
    question: ['How do you change the OpenAPI schema that FastAPI generates?'],
  },
  'openapi-spec': {
    keyword: ['OpenAPI', 'Swagger'],
    everyday: ['api spec first'],
    question: ['What is the OpenAPI specification and why is it useful?', 'Do you prefer design-first or code-first API development?'],
  },
  'owasp-api-top-10': {
    keyword: ['OWASP API Top 10 2023', 'BFLA', 'API3:2023'],
    everyday: ['top api security risks', 'owasp list for apis'],
    question: ['Can you name the OWASP API Security Top 10 risks?', 'What is broken function level authorization?'],
  },
  pagination: {
    keyword: ['limit offset', 'page size'],
    everyday: ['return results in pages'],
    question: ['How would you implement pagination in a REST API?', 'Why should list endpoints be paginated?'],
  },
  'password-storage': {
    keyword: ['bcrypt', 'Argon2', 'password hashing'],
    everyday: ['store passwords securely', 'hash user passwords'],
    question: ['How should you store user passwords in a database?', "Why shouldn't you use SHA-256 to hash passwords?"],
  },
  'problem-details': {
    keyword: ['problem+json', 'RFC 7807'],
    everyday: ['standard error format'],
    question: ['Is there a standard format for API error responses?'],
  },
  'production-deployment': {
    keyword: ['root_path', 'Gunicorn'],
    everyday: ['deploy fastapi', 'uvicorn workers behind nginx'],
    question: ['How would you deploy a FastAPI application to production?', 'How many worker processes should you run for a FastAPI service?'],
  },
  'put-vs-patch': {
    keyword: ['exclude_unset', 'PATCH'],
    everyday: ['partial update'],
    question: ["What's the difference between PUT and PATCH?", 'How do you implement a partial update endpoint?'],
  },
  'pydantic-basics': {
    keyword: ['model_dump', 'BaseModel'],
    everyday: ['what is pydantic'],
    question: ['What role does Pydantic play in a FastAPI application?'],
  },
  'pydantic-v2-migration': {
    keyword: ['Pydantic v2', '.dict() to model_dump', 'ConfigDict', 'orm_mode'],
    everyday: ['upgrade pydantic 1 to 2', 'pydantic v1 vs v2'],
    question: ['What changed between Pydantic v1 and v2?', 'What problems did you hit when migrating to Pydantic v2?'],
  },
  'pydantic-validators': {
    keyword: ['field_validator', 'model_validator', 'AfterValidator'],
    everyday: ['custom validation in pydantic'],
    question: ['How do you validate that two fields match, like a password and its confirmation?', 'How would you add a custom validation rule to a Pydantic model?'],
  },
  'python-decorators': {
    keyword: ['functools.wraps', 'decorator'],
    everyday: ['my decorator breaks the fastapi route', 'write a decorator that takes arguments'],
    question: ['What is a decorator in Python, and how would you use one in an API?', 'Why does a decorated FastAPI endpoint suddenly ask for args and kwargs?'],
  },
  'rate-limit-algorithms': {
    keyword: ['token bucket', 'leaky bucket', 'sliding window'],
    everyday: ['throttling algorithm'],
    question: ['Compare the token bucket and fixed window rate limiting algorithms.', 'Which algorithm would you pick for a rate limiter, and why?'],
  },
  'rate-limiting': {
    keyword: ['Retry-After', 'slowapi', 'throttling'],
    everyday: ['too many requests', 'limit requests per user'],
    question: ["Can you describe how you'd stop clients hammering an endpoint?", 'How would you protect an API from abuse by a single client?'],
  },
  'realtime-options': {
    keyword: ['Server-Sent Events', 'EventSourceResponse', 'long polling'],
    everyday: ['push updates to the browser'],
    question: ['How would you push real-time notifications to clients?', 'WebSockets or SSE: when would you pick each?'],
  },
  redirects: {
    keyword: ['301', '307 Temporary Redirect', '308 Permanent Redirect', 'follow_redirects'],
    everyday: ['redirect turns post into get', 'permanent vs temporary redirect'],
    question: ['What is the difference between a 301 and a 302 redirect?', 'Which redirect status code keeps the POST method and body?'],
  },
  'request-response-models': {
    keyword: ['response_model'],
    everyday: ['hide the password in the response'],
    question: ['How do you make sure an endpoint never returns sensitive fields?'],
  },
  'resource-urls': {
    keyword: ['nested resources', 'plural nouns', 'trailing slash'],
    everyday: ['how to name api endpoints', 'nouns not verbs in urls'],
    question: ['What are the best practices for naming REST endpoints?', 'Should you nest resources like /users/42/orders, and how deep?'],
  },
  'response-envelopes': {
    keyword: ['envelope', 'JSON:API', '{data, meta}'],
    everyday: ['wrap api response in data field', 'return success false with 200'],
    question: ['Should you wrap API responses in a data object?', 'Is it OK to always return 200 and put an error flag in the body?'],
  },
  'rest-principles': {
    keyword: ['uniform interface', 'stateless'],
    everyday: ['what is rest'],
    question: ['What makes an API RESTful?', 'What are the architectural constraints of REST?'],
  },
  'role-based-access-control': {
    keyword: ['RBAC', 'role-based access control'],
    everyday: ['admin only endpoint', 'different permissions for different users'],
    question: ['How would you restrict some endpoints to admin users in FastAPI?', 'How do you implement roles and permissions in an API?'],
  },
  'rest-vs-soap': {
    keyword: ['SOAP', 'WSDL', 'WS-Security'],
    everyday: ['soap vs rest', 'xml web services'],
    question: ['What are the differences between REST and SOAP?', 'When would you still use SOAP today?'],
  },
  'scalable-api-design': {
    keyword: ['horizontal scaling', 'load shedding', 'read replicas'],
    everyday: ['api handle millions of users', 'scale my api'],
    question: ['How would you scale an API to handle ten times the current traffic?', 'What techniques have you used to make an API scalable?'],
  },
  'sdk-vs-api': {
    keyword: ['SDK', 'client library'],
    everyday: ['sdk vs api difference', 'python client for an api'],
    question: ['What is the difference between an API and an SDK?', 'Would you give your customers an SDK or let them call the API directly?'],
  },
  'secure-fastapi-app': {
    keyword: ['HTTPSRedirectMiddleware', 'TrustedHostMiddleware'],
    everyday: ['fastapi security features'],
    question: ['What security features does FastAPI give you, and what do you have to build yourself?'],
  },
  'securing-an-api': {
    keyword: ['OWASP API Security Top 10', 'defense in depth'],
    everyday: ['secure my api'],
    question: ['How would you secure a public REST API?', 'What are the most important API security best practices?'],
  },
  'separate-io-models': {
    keyword: ['mass assignment', 'UserCreate'],
    everyday: ['different models for create and read'],
    question: ["Why shouldn't you use the same Pydantic model for input and output?"],
  },
  serialization: {
    keyword: ['model_validate_json', 'deserialization'],
    everyday: ['convert objects to json'],
    question: ["What's serialization, and where does it happen in a web API?"],
  },
  'service-to-service-auth': {
    keyword: ['mTLS', 'client credentials grant', 'SPIFFE'],
    everyday: ['microservices authentication', 'service calls another service securely'],
    question: ['How do microservices authenticate to each other?', 'How would you secure internal calls between your backend services?'],
  },
  'sessions-vs-tokens': {
    keyword: ['HttpOnly cookie', 'session vs JWT'],
    everyday: ['where to store jwt in the browser', 'cookies or localStorage for tokens'],
    question: ['Should a single-page app use session cookies or JWTs?', 'What are the trade-offs between session-based and token-based authentication?'],
  },
  'settings-and-secrets': {
    keyword: ['BaseSettings', 'SecretStr'],
    everyday: ['environment variables for config'],
    question: ['How do you manage secrets like database passwords in a Python service?'],
  },
  ssrf: {
    keyword: ['SSRF', '169.254.169.254', 'IMDSv2'],
    everyday: ['user supplied url fetch', 'attacker makes my server call internal services'],
    question: ['What is server-side request forgery and how do you prevent it?', 'Your API fetches a URL the user provides to build a link preview. What could go wrong?'],
  },
  'status-codes': {
    keyword: ['429', '201 Created', '503'],
    everyday: ['which status code to return'],
    question: ['Which HTTP status codes should a REST API use?', "What's the difference between 4xx and 5xx errors?"],
  },
  'structured-logging': {
    keyword: ['structured logging', 'X-Request-ID', 'contextvars'],
    everyday: ['what to log in an api', 'dont log passwords'],
    question: ['How would you implement logging for a REST API?', 'How do you trace a single request through your logs?'],
  },
  'sync-vs-async-calls': {
    keyword: ['202 Accepted'],
    everyday: ['long running job api'],
    question: ['How would you design an API for a task that takes several minutes to complete?', "What's the difference between synchronous and asynchronous API calls?"],
  },
  'task-queues': {
    keyword: ['Celery worker', 'Dramatiq', 'message broker'],
    everyday: ['run jobs in the background with retries', 'celery vs background tasks'],
    question: ['When would you use Celery instead of FastAPI BackgroundTasks?', 'How do you make sure a background job is not lost if the server crashes?'],
  },
  'validation-errors': {
    keyword: ['RequestValidationError', '422 Unprocessable'],
    everyday: ['customize the validation error response'],
    question: ['What does FastAPI return when the request body is invalid?'],
  },
  'versioning-microservices': {
    keyword: ['consumer-driven contract tests', 'Pact'],
    everyday: ['versioning many services', 'deploy services independently without breaking'],
    question: ['How do you handle API versioning in a microservices architecture?', "How do you change a service's API without breaking the other services that call it?"],
  },
  'webhook-signatures': {
    keyword: ['HMAC', 'replay attack'],
    everyday: ['verify a webhook came from the provider'],
    question: ['How do you verify that a webhook request is authentic?'],
  },
  webhooks: {
    keyword: ['webhook', 'at least once delivery'],
    everyday: ['notify another server when an event happens'],
    question: ['What are webhooks, and how would you build a reliable webhook system?', 'Webhooks or polling: which would you offer API consumers?'],
  },
  'what-is-an-api': {
    keyword: ['request-response', 'API contract'],
    everyday: ['what is an api'],
    question: ['Explain what an API is to someone non-technical.', 'What happens when a client calls a web API?'],
  },
  'what-is-fastapi': {
    keyword: ['Starlette', 'ASGI'],
    everyday: ['what is fastapi'],
    question: ['What is FastAPI built on?', 'Why would you choose FastAPI for a new project?'],
  },
  'wsgi-vs-asgi': {
    keyword: ['WSGI', 'PEP 3333', 'Hypercorn'],
    everyday: ['wsgi vs asgi', 'why fastapi needs uvicorn'],
    question: ['What is the difference between WSGI and ASGI?', 'Can you run FastAPI with Gunicorn alone?'],
  },
};

/**
 * A held-out check, reported but not gated: queries written after the aliases and ranking were
 * settled and never used to tune them, as [page, kind, query]. The gap between this and the table
 * shows how well the search generalizes to wording nobody anticipated. Never edit aliases to make
 * these pass; write new held-out queries instead when this set has been used up.
 */
export const HELD_OUT: [string, QueryKind, string][] = [
  ['production-deployment', 'keyword', 'X-Forwarded-For'],
  ['fastapi-authentication', 'keyword', 'HTTPBearer'],
  ['caching', 'keyword', 'max-age'],
  ['etags-conditional-requests', 'keyword', '412 Precondition Failed'],
  ['fastapi-websockets', 'keyword', 'WebSocket upgrade'],
  ['openapi-customization', 'keyword', 'include_in_schema'],
  ['csrf-vs-cors', 'keyword', 'SameSite=Lax'],
  ['jwt-pitfalls', 'keyword', 'exp claim'],
  ['background-tasks', 'keyword', 'add_task'],
  ['api-deprecation', 'keyword', 'HTTP 410'],
  ['consuming-third-party-apis', 'keyword', 'jitter'],
  ['cors', 'keyword', 'Access-Control-Max-Age'],
  ['cors', 'everyday', 'my frontend cant call my backend'],
  ['idempotency-keys', 'everyday', 'user double clicks submit and two orders are created'],
  ['jwt-pitfalls', 'everyday', 'how to log out with jwt'],
  ['settings-and-secrets', 'everyday', 'keep passwords out of the code'],
  ['lifespan-events', 'everyday', 'run code when the app starts'],
  ['dependency-injection', 'everyday', 'reuse code between endpoints'],
  ['realtime-options', 'everyday', 'server sends updates to the page'],
  ['consuming-third-party-apis', 'everyday', 'retry failed requests to another service'],
  ['webhook-signatures', 'everyday', 'prove the webhook is real'],
  ['rest-principles', 'everyday', 'what does restful mean'],
  ['json-for-apis', 'everyday', 'json vs xml'],
  ['file-uploads', 'everyday', 'reject huge files'],
  ['error-handling', 'everyday', 'hide internal errors from users'],
  ['api-performance', 'everyday', 'endpoint fast locally but slow in prod'],
  ['pagination', 'question', 'How would you design an endpoint that returns a very large list of items?'],
  ['401-vs-403', 'question', 'Your API returns 403 when the token is missing. Is that right?'],
  ['api-gateway', 'question', 'What would you put in front of several microservices to handle auth and routing?'],
  ['backward-compatibility', 'question', 'How do you keep old mobile apps working after you change your API?'],
  ['idempotency', 'question', 'How does a client know whether it can safely retry a request?'],
  ['idempotency', 'question', 'Why is PUT idempotent but POST is not?'],
  ['oauth2', 'question', "How would you let a third-party app access a user's data without ever seeing their password?"],
  ['bola', 'question', "How do you prevent one tenant from reading another tenant's records?"],
  ['openapi-spec', 'question', 'How do you document an API so other teams can integrate with it?'],
  ['async-def-vs-def', 'question', "What is the event loop, and why shouldn't you block it?"],
  ['validation-errors', 'question', 'How do you return custom error messages when request validation fails in FastAPI?'],
  ['api-mocking', 'question', 'How would you structure tests for a service that talks to a payment gateway?'],
  ['json-for-apis', 'question', 'Why can large integers be a problem in JSON?'],
  ['caching', 'question', 'Why would a CDN serve outdated data, and how do you fix it?'],
  ['settings-and-secrets', 'question', 'How do you configure a FastAPI app differently for development and production?'],
  ['jwt-pitfalls', 'question', 'How can an attacker abuse a JWT, and how do you defend against it?'],
  // Written with the wave-2 pages' table rows, before any of them was run, and never used for tuning.
  ['n-plus-one', 'keyword', 'lazy loading'],
  ['password-storage', 'keyword', 'scrypt'],
  ['redirects', 'keyword', '303 See Other'],
  ['health-checks', 'keyword', 'startup probe'],
  ['content-negotiation', 'keyword', 'q-values'],
  ['pydantic-v2-migration', 'keyword', 'parse_obj'],
  ['graceful-shutdown', 'keyword', 'SIGKILL'],
  ['load-testing', 'keyword', 'JMeter'],
  ['multi-tenancy', 'everyday', 'one customer sees another company data'],
  ['gil-and-concurrency', 'everyday', 'python only uses one cpu core'],
  ['response-envelopes', 'everyday', 'should my json have a data wrapper'],
  ['file-downloads', 'everyday', 'send a pdf to the user'],
  ['structured-logging', 'everyday', 'json logs'],
  ['rest-vs-soap', 'everyday', 'old xml api'],
  ['fastapi-databases', 'everyday', 'use an orm with fastapi'],
  ['task-queues', 'everyday', 'job lost when server restarts'],
  ['bulk-operations', 'question', 'How would you let a client delete 500 records in one call?'],
  ['api-styles', 'question', 'Why might internal services use gRPC while the public API is REST?'],
  ['service-to-service-auth', 'question', 'How does one backend service prove its identity when calling another?'],
  ['sessions-vs-tokens', 'question', 'Is storing a JWT in localStorage a good idea?'],
  ['non-crud-actions', 'question', 'How would you expose "resend the confirmation email" in a REST API?'],
  ['debugging-api-issues', 'question', 'A customer says your API randomly returns errors. Where do you start?'],
  ['fastapi-interactive-docs', 'question', 'Where does the Swagger page of a FastAPI app come from?'],
  ['event-driven-vs-rest', 'question', 'What is the transactional outbox pattern and when do you need it?'],
  ['annotated-dependencies', 'question', 'What does Annotated do in a FastAPI parameter?'],
];

/** Queries that must find nothing: made-up words that only share a letter or two with real ones. */
export const NONSENSE_QUERIES = ['xylophone', 'kittens', 'banana', 'asdfgh', 'zebra giraffe', 'quixotic'];

/** Queries whose first results are fixed, not just somewhere in the top three. */
export const RANKED_FIRST: { query: string; first: string[] }[] = [
  { query: '429', first: ['rate-limiting', 'status-codes'] },
  { query: 'dependency_overrides', first: ['dependency-overrides'] },
];
