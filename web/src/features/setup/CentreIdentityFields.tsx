import { useT } from '../../i18n/i18n-context';
import { TextField } from '../../ui/TextField';

interface CentreIdentityFieldsProps {
  /** Where the fields sit in the request body: `''` for a centre itself, `'centre.'` inside set-up. */
  path: '' | 'centre.';
  name: string;
  code: string;
  slug: string;
  onName: (value: string) => void;
  onCode: (value: string) => void;
  onSlug: (value: string) => void;
}

/** A centre's name, its short code (in request numbers) and the slug of its public page. */
export function CentreIdentityFields(props: CentreIdentityFieldsProps) {
  const t = useT();
  const { path } = props;
  return (
    <>
      <TextField
        name={`${path}name`}
        label={t('setup.centreName')}
        hint={t('setup.centreName.hint')}
        value={props.name}
        onChange={props.onName}
      />
      <TextField
        name={`${path}code`}
        label={t('setup.code')}
        hint={t('setup.code.hint')}
        value={props.code}
        onChange={props.onCode}
        autoCapitalize="characters"
        spellCheck={false}
        width="short"
      />
      <TextField
        name={`${path}slug`}
        label={t('setup.slug')}
        hint={t('setup.slug.hint')}
        value={props.slug}
        onChange={props.onSlug}
        autoCapitalize="none"
        spellCheck={false}
        width="medium"
      />
    </>
  );
}
