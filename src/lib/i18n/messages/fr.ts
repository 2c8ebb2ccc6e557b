import type { CoreMessages } from './en';

export const fr: CoreMessages = {
	site: {
		name: 'Observatoire Imtiaz',
		tagline: "Vingt ans du Prix national de l'administration électronique e-mtiaz, édition par édition.",
		skip: 'Aller au contenu',
		languages: 'Langue',
		nav: { dashboard: 'Tableau de bord', sql: 'Console SQL', data: 'Données' },
		footer: 'Données : articles de presse et annonces officielles, chaque ligne avec sa source.',
		chooseLanguage: 'Choisissez votre langue'
	},
	engine: {
		loading: 'Chargement du moteur de requêtes…',
		loadingBytes: 'Chargement du moteur de requêtes : {loaded} Mo sur {total} Mo',
		loadingReceived: 'Chargement du moteur de requêtes : {loaded} Mo reçus',
		ready: 'Les fonctions interactives sont prêtes.',
		failed:
			'Fonctions interactives indisponibles : {reason}. Les graphiques et tableaux ci-dessous montrent toujours les données.',
		restarting: 'Le moteur de requêtes s’est arrêté ({reason}) ; redémarrage avec vos données…',
		restarted:
			'Le moteur de requêtes s’est arrêté ({reason}) et a redémarré ; vos données ont été rechargées.'
	},
	chart: {
		source: 'Source',
		sourceLine: 'Relevés e-mtiaz compilés à partir de {count} sources de presse et officielles',
		dataTable: 'Tableau de données',
		notReported: 'non communiqué',
		noEdition: "pas d'édition",
		scrollHint: 'Faites défiler de côté pour voir toutes les années',
		loading: 'Chargement…',
		empty: 'Aucune donnée pour cette sélection.',
		error: "Ce graphique n'a pas pu être mis à jour : {reason}",
		retry: 'Réessayer'
	},
	participation: {
		title: 'Participation par édition',
		subtitle:
			'Services candidats et administrations lorsque les sources les donnent ; prix et institutions lauréates relevés pour chaque édition.',
		description:
			"Barres groupées par année du prix, de {first} à {last} : {editions} éditions. Les marques hachurées sont des valeurs qu'aucune source ne donne ; les années sans édition sont signalées.",
		series: {
			candidates: 'Services candidats',
			administrations: 'Administrations participantes',
			prizes: 'Prix relevés',
			winning_institutions: 'Institutions lauréates'
		},
		year: 'Année',
		edition: 'Édition',
		coverage: 'Couverture du relevé'
	},
	coverage: {
		complete: 'complète',
		partial: 'partielle',
		minimal: 'minimale',
		missing: 'manquante'
	},
	category: {
		'e-procedure': 'e-démarches',
		'e-content': 'e-contenu',
		'mobile-app': 'applications mobiles',
		'e-participation': 'e-participation',
		'call-center': "centres d'appels",
		'web-services': 'services Web',
		'citizen-services': 'services aux citoyens',
		'business-services': 'services aux entreprises',
		'administration-services': "services à l'administration",
		'back-office': 'back-office',
		unspecified: 'catégorie non précisée'
	},
	prizeLevel: {
		'grand-prix': 'Grand Prix',
		excellence: "Prix d'excellence",
		'main-prize': 'Prix e-mtiaz',
		'special-jury': 'Prix du jury',
		encouragement: "Prix d'encouragement",
		other: 'Autre distinction',
		unspecified: 'niveau non précisé'
	},
	institutionType: {
		ministry: "Ministère ou service de l'État",
		'public-establishment': 'Établissement public',
		'territorial-collectivity': 'Collectivité territoriale',
		'public-company': 'Entreprise publique ou régie',
		other: 'Autre'
	}
};
