// A page with a loader, like any real page, but no database and no shell.
export function loader() {
  return { greeting: "Hello" };
}

export default function Home({ loaderData }: { loaderData: { greeting: string } }) {
  return <h1>{loaderData.greeting}</h1>;
}
